"use client";

import { useTranslations, type Locale } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { FormImage } from "@/lib/live/entry-image";
import { imageLimitArgs } from "@/lib/newsroom/media/image-limits";
import type { UploadError } from "@/lib/newsroom/media/image-store";

interface Props {
  idPrefix: string;
  target: Locale;
  values: { imageCaption: string; imageAlt: string };
  captionError?: string;
  altError?: string;
  /** The image field itself, for the forms that may set the entry's image. */
  upload?: {
    error?: UploadError;
    /** Uploaded with a refused send: the form carries it (ticked) until the entry is saved. */
    kept: FormImage | null;
    /** The entry's image now, replaced only by a new upload. */
    current: { src: string } | null;
  };
}

/** An entry's optional image, with its caption and alt text in the form's language. */
export function EntryImageFields({ idPrefix, target, values, captionError, altError, upload }: Props) {
  const t = useTranslations("Newsroom.live");
  const errorText = useFieldErrorText();
  const dir = localeFacts(target).dir;
  const id = (name: string) => `${idPrefix}-${name}`;
  const shown = upload?.kept ?? upload?.current ?? null;
  return (
    <fieldset className="entry-image">
      <legend>{t("image")}</legend>
      {shown ? (
        // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the site's own upload
        <img src={shown.src} alt="" width={160} className="entry-image__preview" />
      ) : null}
      {upload?.kept ? (
        <label className="choice">
          <input type="checkbox" name="keptImage" value={upload.kept.id} defaultChecked /> {t("keptImage")}
        </label>
      ) : null}
      {upload ? (
        <FormField
          id={id("image")}
          label={upload.current ? t("replaceImage") : t("imageFile")}
          hint={t("imageHint", imageLimitArgs)}
          error={upload.error ? errorText(upload.error) : undefined}
        >
          {(control) => (
            <input {...control} name="upload" type="file" accept="image/png,image/jpeg,image/webp" />
          )}
        </FormField>
      ) : null}
      <FormField id={id("imageCaption")} label={t("imageCaption")} error={captionError}>
        {(control) => (
          <input
            {...control}
            name="imageCaption"
            lang={target}
            dir={dir}
            defaultValue={values.imageCaption}
          />
        )}
      </FormField>
      <FormField id={id("imageAlt")} label={t("imageAlt")} hint={t("imageAltHint")} error={altError}>
        {(control) => (
          <input {...control} name="imageAlt" lang={target} dir={dir} defaultValue={values.imageAlt} />
        )}
      </FormField>
    </fieldset>
  );
}
