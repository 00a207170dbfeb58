import { variantSrcSet, VARIANT_FORMATS, type VariantFormat } from "@/lib/media/image-variants";
import { mediaPathOf } from "@/lib/media/media-path";

const FORMATS = Object.keys(VARIANT_FORMATS) as VariantFormat[];

/**
 * An upload as AVIF or WebP at the width the layout needs, its space
 * reserved by width and height. `lazy`: fetched only as it nears the view.
 */
export function UploadPicture({
  mediaId,
  width,
  height,
  alt,
  sizes,
  lazy,
}: {
  mediaId: string;
  width: number;
  height: number;
  alt: string;
  sizes: string;
  lazy: boolean;
}) {
  return (
    <picture>
      {FORMATS.map((format) => (
        <source
          key={format}
          type={VARIANT_FORMATS[format]}
          srcSet={variantSrcSet(mediaId, width, format)}
          sizes={sizes}
        />
      ))}
      <img
        src={mediaPathOf(mediaId)}
        width={width}
        height={height}
        alt={alt}
        loading={lazy ? "lazy" : "eager"}
        decoding="async"
      />
    </picture>
  );
}
