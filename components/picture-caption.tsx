import type { PhotoCredit as Credit } from "@/lib/stories/story-types";
import { PhotoCredit } from "@/components/photo-credit";

/** What a caption needs from its page: the credit's worded label and the page's language. */
export interface PictureWords {
  creditLabel: string;
  locale: "en" | "ar";
}

/** A picture's caption and credit, each isolated: either may be in the other script. */
export function PictureCaption({
  caption,
  credit,
  words,
}: {
  caption: string;
  credit: Credit | null;
  words: PictureWords;
}) {
  if (!caption && !credit) return null;
  return (
    <figcaption className="picture-caption">
      {caption ? (
        <span className="picture-caption__text" dir="auto">
          {caption}
        </span>
      ) : null}
      {caption && credit ? " " : null}
      {credit ? (
        <PhotoCredit
          className="picture-caption__credit"
          credit={credit}
          label={words.creditLabel}
          locale={words.locale}
        />
      ) : null}
    </figcaption>
  );
}
