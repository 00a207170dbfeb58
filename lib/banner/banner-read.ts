import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cachedRead } from "@/lib/stories/cached-read";
import { cacheTags } from "@/lib/stories/cache-tags";

/** A banner as readers are shown it. */
export interface ShownBanner {
  locale: Locale;
  text: string;
  link: string;
  expiresAt: string;
  /** Changes with every set: a reader who hid one banner sees the next. */
  version: string;
}

/**
 * The language's banner while it has not expired. Read through Next's cache
 * under the banner's tag (set and clear expire it); the expiry is checked on
 * every read, so the server stops showing a banner at its minute whatever
 * was cached.
 */
export async function currentBanner(locale: Locale, now = Date.now()): Promise<ShownBanner | null> {
  const tag = cacheTags.banner(locale);
  const stored = await cachedRead({ name: "breaking-banner", args: [locale], tags: [tag] }, async () => {
    const row = await db().breakingBanner.findUnique({ where: { locale } });
    return row
      ? {
          locale,
          text: row.text,
          link: row.link,
          expiresAt: row.expiresAt.toISOString(),
          version: row.setAt.getTime().toString(36),
        }
      : null;
  });
  if (!stored) return null;
  const left = Date.parse(stored.expiresAt) - now;
  if (left <= 0) return null;
  await keepPageUntil(locale, stored.expiresAt, left);
  return stored;
}

/**
 * A page cached by Next (ISR) that shows a banner must not outlive it:
 * `unstable_cache`'s lifetime also shortens the lifetime of the page that
 * reads it, so this trivial read with the banner's remaining seconds makes
 * the page render again once the banner has expired (readers without
 * JavaScript, no proxy). A no-op in route handlers (the fragment sets its
 * own lifetime).
 */
async function keepPageUntil(locale: Locale, expiresAt: string, leftMs: number): Promise<void> {
  await cachedRead(
    {
      name: "breaking-banner-expiry",
      args: [locale, expiresAt],
      tags: [cacheTags.banner(locale)],
      revalidate: Math.max(1, Math.ceil(leftMs / 1000)),
    },
    async () => true,
  );
}

/** How long a shared cache may keep what shows this banner (or its absence): never past its expiry. */
export function bannerLifetimeSeconds(
  banner: ShownBanner | null,
  now = Date.now(),
  longest = 86_400,
): number {
  if (!banner) return longest;
  return Math.max(1, Math.min(longest, Math.floor((Date.parse(banner.expiresAt) - now) / 1000)));
}
