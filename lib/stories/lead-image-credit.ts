import "server-only";
import type { Locale } from "next-intl";
import { uploadId } from "@/lib/media/image-variants";
import { pictureCredits } from "@/lib/stories/picture-credits";
import type { PhotoCredit } from "@/lib/stories/story-types";

/** The credit of a lead image (lib/stories/picture-credits.ts); the site's own art in public/ has none. */
export async function leadImageCredit(src: string, locale: Locale): Promise<PhotoCredit | null> {
  const id = uploadId(src);
  return id ? ((await pictureCredits([id], locale)).get(id) ?? null) : null;
}
