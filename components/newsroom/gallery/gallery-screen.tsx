import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { localeFacts } from "@/lib/locale/locale-facts";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { GalleryDesk } from "@/lib/newsroom/gallery/gallery-desk-data";
import type { EnteredGalleryForm, GALLERY_DONE, GALLERY_PROBLEMS } from "@/lib/newsroom/gallery/gallery-form";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { GalleryUploadForm } from "@/components/newsroom/gallery/gallery-upload-form";
import { GalleryImageItem } from "@/components/newsroom/gallery/gallery-image-item";

interface Props {
  locale: Locale;
  user: NewsroomUser;
  desk: GalleryDesk;
  done: (typeof GALLERY_DONE)[number] | null;
  problem: (typeof GALLERY_PROBLEMS)[number] | null;
  typed: EnteredGalleryForm | null;
}

/** A story's gallery desk: the pictures in order, each with its words per language, and the upload form. */
export async function GalleryScreen({ locale, user, desk, done, problem, typed }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.gallery" });
  const editor = can(user, { type: "story.edit" });
  const count = desk.images.length;
  return (
    <>
      <p>
        <a href={newsroomPaths.story(locale, desk.storyId)}>{t("back")}</a>
      </p>
      <h1>
        {t("title")}
        {": "}
        <bdi lang={desk.headline.locale} dir={localeFacts(desk.headline.locale).dir}>
          {desk.headline.text}
        </bdi>
      </h1>
      <p>{t("intro")}</p>
      <OutcomeNotice
        done={done && t(`done.${done}`)}
        problem={problem && !typed ? t(`problem.${problem}`) : null}
      />
      <p>{t("count", { count, max: GALLERY_LIMITS.images })}</p>
      {count > 0 ? (
        <ol className="gallery-desk">
          {desk.images.map((image, index) => (
            <GalleryImageItem
              key={image.id}
              locale={locale}
              user={user}
              storyId={desk.storyId}
              image={image}
              position={index + 1}
              last={index === count - 1}
              typed={typed}
            />
          ))}
        </ol>
      ) : null}
      {editor && (count < GALLERY_LIMITS.images || typed?.form === "upload") ? (
        <GalleryUploadForm
          locale={locale}
          storyId={desk.storyId}
          typed={typed?.form === "upload" ? typed : null}
        />
      ) : null}
    </>
  );
}
