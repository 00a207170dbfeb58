"use client";

import { useTranslations, type Locale } from "next-intl";
import { useEffect } from "react";
import { CharacterCount } from "@/components/forms/character-count";
import type { SummaryError } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";
import { useCountText } from "@/components/newsroom/use-count-text";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";
import { EntryImageFields } from "@/components/newsroom/live/entry-image-fields";
import type { EntryFormErrors } from "@/lib/actions/newsroom/live-actions";
import type { FormImage } from "@/lib/live/entry-image";
import { localeFacts } from "@/lib/locale/locale-facts";
import { ENTRY_LIMITS } from "@/lib/live/live-entry-fields";

interface Props {
  idPrefix: string;
  target: Locale;
  values: { title: string; body: string; imageCaption: string; imageAlt: string };
  errors: EntryFormErrors;
  /**
   * The image: `upload` for the forms that may set it (the composer, the
   * source's edit), `captionOnly` for a translation of an entry that has one
   * (its caption and alt text in this language), `none` otherwise.
   */
  image:
    | { kind: "upload"; kept: FormImage | null; current: { src: string } | null }
    | { kind: "captionOnly"; current: { src: string } }
    | { kind: "none" };
  autoFocus?: boolean;
  /**
   * Takes the focus once the page runs, unless something else already has
   * it (an error summary, a field the page focused): the composer is where
   * the keyboard starts, without stealing the focus a refusal elsewhere needs.
   */
  focusWhenFree?: boolean;
  /** Ctrl+Enter or ⌘+Enter in the text posts the form: the composer is keyboard first. */
  submitOnModEnter?: boolean;
}

/** The error summary's lines for an entry form's refused fields. */
export function useEntrySummaryErrors(idPrefix: string, errors: EntryFormErrors): SummaryError[] {
  const errorText = useFieldErrorText();
  const t = useTranslations("Newsroom.live");
  // Key points have their own form (key-points-form.tsx), never an entry's error.
  const labels: Record<Exclude<keyof EntryFormErrors, "keyPoints">, string> = {
    title: t("entryTitle"),
    body: t("body"),
    imageCaption: t("imageCaption"),
    imageAlt: t("imageAlt"),
    image: t("imageFile"),
  };
  return Object.entries(errors).map(([field, code]) => ({
    field: `${idPrefix}-${field}`,
    label: labels[field as keyof typeof labels],
    text: errorText(code),
  }));
}

/** An entry's title and text, in the entry's language and direction. */
export function EntryFields({
  idPrefix,
  target,
  values,
  errors,
  image,
  autoFocus,
  focusWhenFree,
  submitOnModEnter,
}: Props) {
  const t = useTranslations("Newsroom.live");
  const errorText = useFieldErrorText();
  const countText = useCountText();
  const dir = localeFacts(target).dir;
  const id = (name: string) => `${idPrefix}-${name}`;
  useEffect(() => {
    if (!focusWhenFree) return;
    const active = document.activeElement;
    if (active === null || active === document.body) document.getElementById(`${idPrefix}-body`)?.focus();
  }, [focusWhenFree, idPrefix]);
  return (
    <>
      <FormField
        id={id("title")}
        label={t("entryTitle")}
        error={errors.title ? errorText(errors.title) : undefined}
        count={<CharacterCount fieldId={id("title")} max={ENTRY_LIMITS.title} text={countText} />}
      >
        {(control) => <input {...control} name="title" lang={target} dir={dir} defaultValue={values.title} />}
      </FormField>
      <FormField
        id={id("body")}
        label={t("body")}
        hint={t("bodyHint")}
        error={errors.body ? errorText(errors.body) : undefined}
        count={<CharacterCount fieldId={id("body")} max={ENTRY_LIMITS.body} text={countText} />}
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={5}
            lang={target}
            dir={dir}
            autoFocus={autoFocus}
            defaultValue={values.body}
            onKeyDown={
              submitOnModEnter
                ? (event) => {
                    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                      event.preventDefault();
                      event.currentTarget.form?.requestSubmit();
                    }
                  }
                : undefined
            }
          />
        )}
      </FormField>
      {image.kind === "none" ? null : (
        <EntryImageFields
          idPrefix={idPrefix}
          target={target}
          values={values}
          captionError={errors.imageCaption ? errorText(errors.imageCaption) : undefined}
          altError={errors.imageAlt ? errorText(errors.imageAlt) : undefined}
          upload={
            image.kind === "upload"
              ? { error: errors.image, kept: image.kept, current: image.current }
              : undefined
          }
        />
      )}
    </>
  );
}
