"use client";

import { useState, useSyncExternalStore } from "react";
import type { ReaderWords } from "@/i18n/reader-words";

type Announcement = "" | "copied" | "copyFailed";

// What the browser offers never changes while the page is open: nothing to subscribe to.
const unchanging = () => () => {};
// The server (and hydration) renders the no-script markup; the client's first
// render after hydration switches to the buttons.
const SCRIPT_ONLY = { script: true, webShare: false };
const WITH_WEB_SHARE = { script: true, webShare: true };
// Stable objects: useSyncExternalStore compares snapshots by identity.
const inBrowser = () => (typeof navigator.share === "function" ? WITH_WEB_SHARE : SCRIPT_ONLY);
const SERVER = { script: false, webShare: false };

/**
 * The share bar's script-only part. The server renders a plain link to the
 * page (what "copy link" becomes without JavaScript); once hydrated it turns
 * into a copy button, and a Share button appears where the browser has the
 * Web Share API. The outcome of a copy is said in a live region.
 */
export function ShareActions(props: {
  url: string;
  headline: string;
  /** The bar's words ("Share.actions"), formatted on the server: reading pages carry no next-intl client. */
  words: ReaderWords;
}) {
  const { url, headline, words } = props;
  const t = (key: "share" | "copyLink" | "pageLink" | Announcement) => words[key] ?? key;
  const enhanced = useSyncExternalStore(unchanging, inBrowser, () => SERVER);
  const [announcement, setAnnouncement] = useState<Announcement>("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setAnnouncement("copied");
    } catch {
      setAnnouncement("copyFailed");
    }
  }

  async function share() {
    try {
      await navigator.share({ title: headline, url });
    } catch {
      // The reader closed the sheet (AbortError) or the browser refused: nothing to say.
    }
  }

  return (
    <>
      {enhanced.webShare ? (
        <li>
          <button type="button" className="share-bar__link share-bar__button" onClick={share}>
            {t("share")}
          </button>
        </li>
      ) : null}
      <li>
        {enhanced.script ? (
          <button type="button" className="share-bar__link share-bar__button" onClick={copy}>
            {t("copyLink")}
          </button>
        ) : (
          <a className="share-bar__link" href={url}>
            {t("pageLink")}
          </a>
        )}
        <span className="share-bar__status" role="status" aria-live="polite">
          {announcement ? t(announcement) : ""}
        </span>
      </li>
    </>
  );
}
