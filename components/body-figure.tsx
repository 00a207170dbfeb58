import type { StoryPicture } from "@/lib/stories/story-types";
import { UploadPicture } from "@/components/upload-picture";
import { PictureCaption, type PictureWords } from "@/components/picture-caption";

const BODY_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/**
 * A picture line of the body (lib/markdown/body-images.ts): alt and caption
 * from the line, dimensions and credit from the upload. An upload the site
 * no longer has shows its words only, never a broken image.
 */
export function BodyFigure({
  mediaId,
  alt,
  caption,
  picture,
  words,
}: {
  mediaId: string;
  alt: string;
  caption: string;
  picture: StoryPicture | undefined;
  words: PictureWords | undefined;
}) {
  if (!picture || !words) return alt || caption ? <p dir="auto">{caption || alt}</p> : null;
  return (
    <figure className="body-figure">
      <UploadPicture
        mediaId={mediaId}
        width={picture.width}
        height={picture.height}
        alt={alt}
        sizes={BODY_SIZES}
        lazy
      />
      <PictureCaption caption={caption} credit={picture.credit} words={words} />
    </figure>
  );
}
