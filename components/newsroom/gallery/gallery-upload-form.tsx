import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { uploadGalleryImageAction } from "@/lib/actions/newsroom/gallery-actions";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { EnteredGalleryForm } from "@/lib/newsroom/gallery/gallery-form";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { GALLERY_CREDIT_MAX } from "@/lib/newsroom/gallery/gallery-fields";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";
import { InputField, TextAreaField } from "@/components/forms/text-fields";
import { galleryErrorArgs, galleryErrorKey } from "@/components/newsroom/gallery/gallery-errors";

interface Props {
  locale: Locale;
  storyId: number;
  /** This form as the server refused it, with what was typed. */
  typed: EnteredGalleryForm | null;
}

/**
 * Adds a picture: the file, its credit and description in the newsroom's
 * language (required: a picture never goes out unattributed or unnamed),
 * and captions and descriptions in every language.
 */
export async function GalleryUploadForm({ locale, storyId, typed }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.gallery" });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const languages = await getTranslations({ locale, namespace: "Newsroom.locales" });
  const error = (field: string) => {
    const key = galleryErrorKey(typed, field);
    return key ? t(`errors.${key}`, galleryErrorArgs) : undefined;
  };
  // The newsroom's language first: its fields are the required ones.
  const order = [locale, ...routing.locales.filter((other) => other !== locale)];
  const labels: Record<string, string> = {
    upload: t("upload.file"),
    credit: t("upload.credit", { language: languages(locale) }),
  };
  for (const target of order) {
    labels[`alt-${target}`] = t("upload.alt", { language: languages(target) });
    labels[`caption-${target}`] = t("upload.caption", { language: languages(target) });
  }
  const summary: SummaryError[] = Object.keys(labels).flatMap((field) => {
    const text = error(field);
    return text ? [{ field: `gallery-${field}`, label: labels[field]!, text }] : [];
  });
  return (
    <section aria-labelledby="gallery-upload-title">
      <h2 id="gallery-upload-title">{t("upload.title")}</h2>
      <form action={uploadGalleryImageAction} className="newsroom-form" encType="multipart/form-data">
        <ErrorSummary title={forms("errorSummary")} errors={summary} />
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="storyId" value={storyId} />
        <FormField id="gallery-upload" label={labels.upload!} error={error("upload")}>
          {(control) => (
            <input {...control} name="upload" type="file" accept="image/png,image/jpeg,image/webp" required />
          )}
        </FormField>
        <InputField
          id="gallery-credit"
          name="credit"
          label={labels.credit!}
          hint={t("upload.creditHint")}
          maxLength={GALLERY_CREDIT_MAX}
          required
          dir="auto"
          defaultValue={typed?.values.credit ?? ""}
          error={error("credit")}
        />
        {order.map((target) => (
          <fieldset key={target}>
            <legend>{languages(target)}</legend>
            <InputField
              id={`gallery-alt-${target}`}
              name={`alt-${target}`}
              label={labels[`alt-${target}`]!}
              hint={target === locale ? t("upload.altHint") : undefined}
              maxLength={GALLERY_LIMITS.alt}
              lang={target}
              dir={localeFacts(target).dir}
              required={target === locale}
              defaultValue={typed?.values[`alt-${target}`] ?? ""}
              error={error(`alt-${target}`)}
            />
            <TextAreaField
              id={`gallery-caption-${target}`}
              name={`caption-${target}`}
              label={labels[`caption-${target}`]!}
              rows={2}
              maxLength={GALLERY_LIMITS.caption}
              lang={target}
              dir={localeFacts(target).dir}
              defaultValue={typed?.values[`caption-${target}`] ?? ""}
              error={error(`caption-${target}`)}
            />
          </fieldset>
        ))}
        <button type="submit">{t("upload.submit")}</button>
      </form>
    </section>
  );
}
