"use client";

import { useEffect } from "react";
import { BANNER_DISMISSED_KEY, BANNER_SELECTOR } from "@/components/banner/banner-markers";

function remembered(): string | null {
  try {
    return localStorage.getItem(BANNER_DISMISSED_KEY);
  } catch {
    return null; // storage refused (private mode, blocked): the banner simply stays
  }
}

function remember(version: string): void {
  try {
    localStorage.setItem(BANNER_DISMISSED_KEY, version);
  } catch {
    // Hidden on this page only.
  }
}

/**
 * Wires the banner's markup (which React does not own: it may come from the
 * proxy's fragment): shows its dismiss button, which hides it and remembers
 * that version, so it stays hidden on the next pages until a new banner is
 * set; and hides it at its expiry, whatever the cached page still carries.
 * A client component rather than an inline script: cached pages carry no
 * nonce, and an inline script inside the included fragment would not be in
 * the page's hashes.
 */
export function BannerDismiss() {
  useEffect(() => {
    const banner = document.querySelector<HTMLElement>(BANNER_SELECTOR);
    if (!banner) return;
    const version = banner.dataset.bannerVersion ?? "";
    const hide = () => {
      banner.hidden = true;
    };
    const left = Date.parse(banner.dataset.expiresAt ?? "") - Date.now();
    if (remembered() === version || !(left > 0)) {
      hide();
      return;
    }
    const timer = setTimeout(hide, Math.min(left, 2 ** 31 - 1));
    const button = banner.querySelector<HTMLButtonElement>("[data-banner-dismiss]");
    const dismiss = () => {
      remember(version);
      hide();
      // The button is gone with the banner: the reading continues at the page's content.
      document.getElementById("main")?.focus({ preventScroll: true });
    };
    button?.addEventListener("click", dismiss);
    if (button) button.hidden = false;
    return () => {
      clearTimeout(timer);
      button?.removeEventListener("click", dismiss);
    };
  }, []);
  return null;
}
