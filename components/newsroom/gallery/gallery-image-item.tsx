import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import {
  moveGalleryImageAction,
  removeGalleryImageAction,
} from "@/lib/actions/newsroom/gallery-order-actions";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { GalleryDeskImage } from "@/lib/newsroom/gallery/gallery-desk-data";
import type { EnteredGalleryForm } from "@/lib/newsroom/gallery/gallery-form";
import { UploadPicture } from "@/components/upload-picture";
import { CopyLineButton } from "@/components/newsroom/gallery/copy-line-button";
import { GalleryWordsForm } from "@/components/newsroom/gallery/gallery-words-form";

interface Props {
  locale: Locale;
  user: NewsroomUser;
  storyId: number;
  image: GalleryDeskImage;
  position: number;
  last: boolean;
  typed: EnteredGalleryForm | null;
}

/** One gallery picture: order buttons, removal, its body line and its words in each language. */
export async function GalleryImageItem({ locale, user, storyId, image, position, last, typed }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.gallery.image" });
  const editor = can(user, { type: "story.edit" });
  const words = image.words[locale];
  // Quotes would end the Markdown title early: they become typographic ones.
  const caption = words.caption.replace(/"/g, "”");
  const line = `![${words.alt.replace(/[[\]]/g, "")}](/media/${image.mediaId}${caption ? ` "${caption}"` : ""})`;
  const hidden = { uiLocale: locale, storyId: String(storyId), imageId: String(image.id) };
  const fields = Object.entries(hidden).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <li id={`gallery-image-${image.id}`} className="gallery-desk__item" tabIndex={-1}>
      <h2>{t("title", { position })}</h2>
      <div className="gallery-desk__picture">
        <UploadPicture
          mediaId={image.mediaId}
          width={image.width}
          height={image.height}
          alt={words.alt}
          sizes="16rem"
          lazy={position > 2}
        />
      </div>
      {editor ? (
        <div className="gallery-desk__actions">
          {position > 1 ? (
            <form action={moveGalleryImageAction}>
              {fields}
              <button type="submit" name="direction" value="earlier">
                {t("earlier")}
              </button>
            </form>
          ) : null}
          {last ? null : (
            <form action={moveGalleryImageAction}>
              {fields}
              <button type="submit" name="direction" value="later">
                {t("later")}
              </button>
            </form>
          )}
          <form action={removeGalleryImageAction}>
            {fields}
            <button type="submit">{t("remove")}</button>
          </form>
        </div>
      ) : null}
      <p>
        <label htmlFor={`gallery-line-${image.id}`}>{t("snippet")}</label>{" "}
        <input
          id={`gallery-line-${image.id}`}
          readOnly
          value={line}
          dir="ltr"
          className="gallery-desk__line"
        />{" "}
        <CopyLineButton line={line} label={t("copy")} copied={t("copied")} />
      </p>
      {routing.locales.map((target) => (
        <GalleryWordsForm
          key={target}
          locale={locale}
          target={target}
          storyId={storyId}
          image={image}
          allowed={can(user, { type: "translation.edit", locale: target })}
          typed={typed?.form === `${image.id}-${target}` ? typed : null}
        />
      ))}
    </li>
  );
}
