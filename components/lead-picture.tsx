import { preload } from "react-dom";
import { uploadId, variantSrcSet, VARIANT_FORMATS, type VariantFormat } from "@/lib/media/image-variants";
import type { LeadImage } from "@/lib/stories/story-types";

interface Props {
  image: LeadImage;
  /** The rendered width at each viewport, so the browser picks the right candidate. */
  sizes: string;
  className?: string;
  /** The page's largest paint: fetched first, never lazily, announced in <head>. */
  priority?: boolean;
}

const FORMATS = Object.keys(VARIANT_FORMATS) as VariantFormat[];

/**
 * A lead image with its space reserved by width and height. Uploads come as
 * AVIF or WebP at the width the layout needs (the original stays the
 * fallback); the SVG art shipped in public/ is already resolution-free and
 * about 1 KB, so it goes as it is.
 */
export function LeadPicture({ image, sizes, className, priority = false }: Props) {
  const id = uploadId(image.src);
  if (priority) {
    preload(image.src, {
      as: "image",
      fetchPriority: "high",
      ...(id
        ? { imageSrcSet: variantSrcSet(id, image.width, "avif"), imageSizes: sizes, type: "image/avif" }
        : {}),
    });
  }
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- plain markup: next/image would add client JavaScript to every reading page
    <img
      className={className}
      src={image.src}
      width={image.width}
      height={image.height}
      alt={image.alt}
      // Cards crop with object-fit: cover; the focal point keeps the subject in the crop.
      style={image.focus ? { objectPosition: `${image.focus.x}% ${image.focus.y}%` } : undefined}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding={priority ? undefined : "async"}
    />
  );
  if (!id) return img;
  return (
    <picture>
      {FORMATS.map((format) => (
        <source
          key={format}
          type={VARIANT_FORMATS[format]}
          srcSet={variantSrcSet(id, image.width, format)}
          sizes={sizes}
        />
      ))}
      {img}
    </picture>
  );
}
