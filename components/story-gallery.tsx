import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { StoryPicture } from "@/lib/stories/story-types";
import { localeFacts } from "@/lib/locale/locale-facts";
import { UploadPicture } from "@/components/upload-picture";
import { PictureCaption } from "@/components/picture-caption";
import { GalleryCarouselIsland } from "@/components/islands/story-islands";

const GALLERY_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/**
 * A story's gallery: without JavaScript a plain numbered list of figures,
 * every picture there to scroll past and print; the carousel only enhances it.
 */
export async function StoryGallery({ pictures, locale }: { pictures: StoryPicture[]; locale: Locale }) {
  if (pictures.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Story.gallery" });
  const story = await getTranslations({ locale, namespace: "Story" });
  const words = { creditLabel: story("photoCreditLabel"), locale };
  const total = pictures.length;
  return (
    // Not a landmark of its own: with JavaScript the carousel is the region named after it.
    <section className="story-gallery">
      <h2 id="story-gallery-title" className="story-gallery__title">
        {t("title")}
      </h2>
      <GalleryCarouselIsland
        rtl={localeFacts(locale).dir === "rtl"}
        labels={{
          title: t("title"),
          carousel: t("carousel"),
          slide: t("slide"),
          previous: t("previous"),
          next: t("next"),
          positions: pictures.map((_, index) => t("position", { position: index + 1, total })),
        }}
      >
        <ol className="story-gallery__list">
          {pictures.map((picture, index) => (
            <li key={picture.mediaId} className="story-gallery__item">
              <figure className="story-gallery__figure">
                <UploadPicture
                  mediaId={picture.mediaId}
                  width={picture.width}
                  height={picture.height}
                  alt={picture.alt}
                  sizes={GALLERY_SIZES}
                  lazy={index > 0}
                />
                <PictureCaption caption={picture.caption} credit={picture.credit} words={words} />
              </figure>
            </li>
          ))}
        </ol>
      </GalleryCarouselIsland>
    </section>
  );
}
