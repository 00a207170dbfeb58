import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { pictureCredits } from "@/lib/stories/picture-credits";

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

/**
 * Each upload's credit in one language, by upload id (uploads without one are
 * absent): the reading pages' reader, less the fallback to another language,
 * since a desk edits only its own language's credit.
 */
export async function mediaCredits(
  mediaIds: readonly string[],
  locale: Locale,
): Promise<Map<string, string>> {
  const own = new Map<string, string>();
  for (const [mediaId, credit] of await pictureCredits(mediaIds, locale)) {
    if (credit.locale === locale) own.set(mediaId, credit.text);
  }
  return own;
}
