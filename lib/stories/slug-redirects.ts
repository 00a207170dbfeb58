import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";

/** The current slug of the published translation that once used `slug`, if any. */
export async function findCurrentSlug(locale: Locale, slug: string): Promise<string | null> {
  const row = await db().retiredSlug.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { translation: { select: { slug: true, status: true } } },
  });
  if (!row || row.translation.status !== "PUBLISHED" || row.translation.slug === slug) return null;
  return row.translation.slug;
}

/**
 * Cached like the pages themselves; any slug change in a locale
 * invalidates that locale's redirects, since it can move where an older
 * slug should lead.
 */
export function getCurrentSlug(locale: Locale, slug: string): Promise<string | null> {
  const tags = [cacheTags.redirects(locale), cacheTags.slug(locale, slug)];
  return cachedRead({ name: "current-slug", args: [locale, slug], tags }, () =>
    findCurrentSlug(locale, slug),
  );
}
