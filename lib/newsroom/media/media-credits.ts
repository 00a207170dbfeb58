import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";

// Long enough for "Photo: Name Surname / Agency via Other Agency", short
// enough to sit on one line under a picture.
export const CREDIT_MAX_LENGTH = 120;

/** Sets (or, with an empty credit, removes) one language's credit of an upload. */
export async function setMediaCredit(mediaId: string, locale: Locale, credit: string): Promise<void> {
  const text = credit.trim();
  if (text === "") {
    await db().mediaCredit.deleteMany({ where: { mediaId, locale } });
    return;
  }
  await db().mediaCredit.upsert({
    where: { mediaId_locale: { mediaId, locale } },
    create: { mediaId, locale, credit: text },
    update: { credit: text },
  });
}

/** Each upload's credit in one language, by upload id (uploads without one are absent). */
export async function mediaCredits(
  mediaIds: readonly string[],
  locale: Locale,
): Promise<Map<string, string>> {
  if (mediaIds.length === 0) return new Map();
  const rows = await db().mediaCredit.findMany({
    where: { mediaId: { in: [...mediaIds] }, locale },
    select: { mediaId: true, credit: true },
  });
  return new Map(rows.map((row) => [row.mediaId, row.credit]));
}
