"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { createStoryAction, type CreateState } from "@/lib/actions/newsroom/story-form-actions";
import type { FieldErrorCode } from "@/lib/newsroom/translation-fields";
import { slugify } from "@/lib/slug";
import { fieldDirection } from "@/lib/text-direction";
import type { AppLocale } from "@/i18n/routing";
import type { LibraryImage } from "@/lib/newsroom/media";
import { FormField } from "@/components/forms/form-field";
import { AuthorCheckboxes } from "@/components/newsroom/author-checkboxes";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { ImageChooser } from "@/components/newsroom/image-chooser";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";

interface Props {
  uiLocale: AppLocale;
  locales: { value: AppLocale; dir: "ltr" | "rtl" }[];
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  library: LibraryImage[];
}

/** A new story, written in its source language; works with and without JavaScript. */
export function NewStoryForm({ uiLocale, locales, sections, authors, library }: Props) {
  const t = useTranslations("Newsroom");
  const fieldErrorText = useFieldErrorText();
  const [state, action, pending] = useActionState<CreateState, FormData>(createStoryAction, {
    values: { sourceLocale: uiLocale },
    errors: {},
    problem: null,
  });
  const [sourceLocale, setSourceLocale] = useState(state.values.sourceLocale ?? uiLocale);
  const [slug, setSlug] = useState(state.values.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(state.values.slug));
  const dir = locales.find((locale) => locale.value === sourceLocale)?.dir ?? "ltr";
  const errorText = (field: string) => {
    const code = state.errors[field];
    return code ? fieldErrorText(code as FieldErrorCode) : undefined;
  };
  // Uncontrolled fields: each one's direction follows what is typed in it.
  const inSource = (value: string | undefined) => ({
    lang: sourceLocale,
    dir: fieldDirection(value, dir),
    onInput: (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      event.currentTarget.dir = fieldDirection(event.currentTarget.value, dir);
    },
  });
  return (
    <form action={action} className="newsroom-form" encType="multipart/form-data" noValidate>
      {state.problem ? (
        <p className="form-error" role="alert">
          {t(`editor.problems.${state.problem}`)}
        </p>
      ) : null}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <FormField id="sourceLocale" label={t("newStory.sourceLocale")}>
        {(control) => (
          <select
            {...control}
            name="sourceLocale"
            value={sourceLocale}
            onChange={(event) => setSourceLocale(event.target.value as AppLocale)}
          >
            <ChoiceOptions choices={locales.map(({ value }) => ({ value, label: t(`locales.${value}`) }))} />
          </select>
        )}
      </FormField>
      <FormField id="sectionId" label={t("stories.section")} error={errorText("section")}>
        {(control) => (
          <select {...control} name="sectionId" defaultValue={state.values.sectionId}>
            <ChoiceOptions choices={sections.map(({ id, name }) => ({ value: id, label: name }))} />
          </select>
        )}
      </FormField>
      <AuthorCheckboxes authors={authors} />
      <FormField id="headline" label={t("editor.fields.headline")} error={errorText("headline")}>
        {(control) => (
          <input
            {...control}
            {...inSource(state.values.headline)}
            name="headline"
            defaultValue={state.values.headline}
            onChange={(event) => {
              if (!slugTouched) setSlug(slugify(event.target.value));
            }}
          />
        )}
      </FormField>
      <FormField id="slug" label={t("editor.fields.slug")} error={errorText("slug")}>
        {(control) => (
          <input
            {...control}
            name="slug"
            dir="auto"
            value={slug}
            onChange={(event) => {
              setSlugTouched(true);
              setSlug(event.target.value);
            }}
          />
        )}
      </FormField>
      <FormField id="dek" label={t("editor.fields.dek")} error={errorText("dek")}>
        {(control) => (
          <textarea
            {...control}
            {...inSource(state.values.dek)}
            name="dek"
            rows={3}
            defaultValue={state.values.dek}
          />
        )}
      </FormField>
      <FormField
        id="body"
        label={t("editor.fields.body")}
        error={errorText("body")}
        hint={t("editor.bodyHint")}
      >
        {(control) => (
          <textarea
            {...control}
            {...inSource(state.values.body)}
            name="body"
            rows={14}
            defaultValue={state.values.body}
          />
        )}
      </FormField>
      <ImageChooser library={library} current={null} error={errorText("image")} />
      <FormField id="leadImageAlt" label={t("editor.fields.leadImageAlt")} error={errorText("leadImageAlt")}>
        {(control) => (
          <input
            {...control}
            {...inSource(state.values.leadImageAlt)}
            name="leadImageAlt"
            defaultValue={state.values.leadImageAlt}
          />
        )}
      </FormField>
      <button type="submit" disabled={pending}>
        {t("newStory.submit")}
      </button>
    </form>
  );
}
