import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { uploadId } from "@/lib/media/image-variants";
import { mediaCredits } from "@/lib/newsroom/media/media-credits";
import type { PhotoCredit } from "@/lib/stories/story-types";

/**
 * The credit of a lead image in the page's language, else in another one:
 * a picture is never shown uncredited because its second desk has not
 * worded the credit yet. The site's own art in public/ has no credit.
 */
export async function leadImageCredit(src: string, locale: Locale): Promise<PhotoCredit | null> {
  const id = uploadId(src);
  if (!id) return null;
  for (const each of [locale, ...routing.locales.filter((other) => other !== locale)]) {
    const text = (await mediaCredits([id], each)).get(id);
    if (text) return { text, locale: each };
  }
  return null;
}
