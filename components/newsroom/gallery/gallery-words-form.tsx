import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { setGalleryWordsAction } from "@/lib/actions/newsroom/gallery-order-actions";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { GalleryDeskImage } from "@/lib/newsroom/gallery/gallery-desk-data";
import type { EnteredGalleryForm } from "@/lib/newsroom/gallery/gallery-form";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { GALLERY_CREDIT_MAX } from "@/lib/newsroom/gallery/gallery-fields";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { InputField, TextAreaField } from "@/components/forms/text-fields";
import { galleryErrorArgs, galleryErrorKey } from "@/components/newsroom/gallery/gallery-errors";

interface Props {
  locale: Locale;
  target: Locale;
  storyId: number;
  image: GalleryDeskImage;
  /** Whether this member translates `target` (editors translate every language). */
  allowed: boolean;
  typed: EnteredGalleryForm | null;
}

/** One language's caption, description and credit of a picture; read-only for other desks. */
export async function GalleryWordsForm({ locale, target, storyId, image, allowed, typed }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.gallery" });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const languages = await getTranslations({ locale, namespace: "Newsroom.locales" });
  const language = languages(target);
  const id = `gallery-${image.id}-${target}`;
  const saved = image.words[target];
  const dir = localeFacts(target).dir;
  const error = (field: string) => {
    const key = galleryErrorKey(typed, field);
    return key ? t(`errors.${key}`, galleryErrorArgs) : undefined;
  };
  const labels = { caption: t("image.caption"), alt: t("image.alt"), credit: t("image.credit") };
  const summary: SummaryError[] = (["caption", "alt", "credit"] as const).flatMap((field) => {
    const text = error(field);
    return text ? [{ field: `${id}-${field}`, label: labels[field], text }] : [];
  });
  const value = (field: "caption" | "alt" | "credit") => typed?.values[field] ?? saved[field];
  return (
    <form action={setGalleryWordsAction} className="newsroom-form gallery-desk__words">
      <fieldset disabled={!allowed}>
        <legend>{t("image.words", { language })}</legend>
        {allowed ? null : <p>{t("image.readOnly", { language })}</p>}
        <ErrorSummary title={forms("errorSummary")} errors={summary} />
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="storyId" value={storyId} />
        <input type="hidden" name="imageId" value={image.id} />
        <input type="hidden" name="target" value={target} />
        <TextAreaField
          id={`${id}-caption`}
          name="caption"
          label={labels.caption}
          rows={2}
          maxLength={GALLERY_LIMITS.caption}
          lang={target}
          dir={dir}
          defaultValue={value("caption")}
          error={error("caption")}
        />
        <InputField
          id={`${id}-alt`}
          name="alt"
          label={labels.alt}
          maxLength={GALLERY_LIMITS.alt}
          lang={target}
          dir={dir}
          defaultValue={value("alt")}
          error={error("alt")}
        />
        <InputField
          id={`${id}-credit`}
          name="credit"
          label={labels.credit}
          maxLength={GALLERY_CREDIT_MAX}
          dir="auto"
          defaultValue={value("credit")}
          error={error("credit")}
        />
        {allowed ? <button type="submit">{t("image.save", { language })}</button> : null}
      </fieldset>
    </form>
  );
}
