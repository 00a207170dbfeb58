import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import type { PhotoCredit } from "@/lib/stories/story-types";

/**
 * Each upload's credit in the page's language, else in another one: a
 * picture is never shown uncredited because its second desk has not worded
 * the credit yet. Uploads with no credit at all are absent. The one read of
 * MediaCredit: the newsroom's one-language reader (mediaCredits) builds on it.
 */
export async function pictureCredits(
  mediaIds: readonly string[],
  locale: Locale,
): Promise<Map<string, PhotoCredit>> {
  if (mediaIds.length === 0) return new Map();
  const rows = await db().mediaCredit.findMany({
    where: { mediaId: { in: [...mediaIds] } },
    select: { mediaId: true, locale: true, credit: true },
  });
  const credits = new Map<string, PhotoCredit>();
  for (const row of rows) {
    const known = credits.get(row.mediaId);
    if (!known || (known.locale !== locale && row.locale === locale)) {
      credits.set(row.mediaId, { text: row.credit, locale: row.locale });
    }
  }
  return credits;
}
