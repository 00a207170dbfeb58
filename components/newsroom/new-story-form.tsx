"use client";

import { useTranslations, type Locale } from "next-intl";
import { withValues } from "@/i18n/with-values";
import { useViewerGender } from "@/components/newsroom/viewer-gender";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { createStoryAction, type CreateState } from "@/lib/actions/newsroom/story-form-actions";
import type { FieldErrorCode, TranslationField } from "@/lib/newsroom/editor/translation-fields";
import { slugify } from "@/lib/urls/slug";
import { fieldDirection } from "@/lib/locale/text-direction";
import type { LibraryImage } from "@/lib/newsroom/media/image-store";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";
import { DraftStatus } from "@/components/newsroom/draft-status";
import { fillForm, readForm, type FormSnapshot } from "@/components/newsroom/form-snapshot";
import { clearDrafts, draftKey, useAutosave } from "@/components/newsroom/use-autosave";
import { useCountText } from "@/components/newsroom/use-count-text";
import { useUnsavedWarning } from "@/components/newsroom/use-unsaved-warning";
import { AuthorCheckboxes } from "@/components/newsroom/author-checkboxes";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { ImageChooser } from "@/components/newsroom/image-chooser";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";
import { useCapGuard } from "@/components/newsroom/use-cap-guard";
import { STORY_KINDS } from "@/lib/stories/story-kinds";

interface Props {
  uiLocale: Locale;
  locales: { value: Locale; dir: "ltr" | "rtl" }[];
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  library: LibraryImage[];
  limits: Record<TranslationField, number>;
  /** Whose draft this device keeps. */
  userId: string;
}

// What a draft keeps and puts back; the upload cannot be kept (a browser never refills a file field).
const DRAFT_FIELDS = [
  "kind",
  "sourceLocale",
  "sectionId",
  "authorIds",
  "headline",
  "slug",
  "dek",
  "body",
  "image",
  "imageCredit",
  "leadImageAlt",
  "leadImageCaption",
] as const;

// Where each refused field's error links to from the summary.
const FIELD_IDS: Record<string, string> = { section: "sectionId", image: "upload" };

/** A new story, written in its source language; works with and without JavaScript. */
export function NewStoryForm({ uiLocale, locales, sections, authors, library, limits, userId }: Props) {
  const viewer = { viewerGender: useViewerGender() };
  const t = withValues(useTranslations("Newsroom"), viewer);
  const tForms = withValues(useTranslations("Forms"), viewer);
  const countText = useCountText();
  const fieldErrorText = useFieldErrorText();
  const [state, action, pending] = useActionState<CreateState, FormData>(createStoryAction, {
    values: { sourceLocale: uiLocale },
    errors: {},
    problem: null,
  });
  const [sourceLocale, setSourceLocale] = useState(state.values.sourceLocale ?? uiLocale);
  // Held by React, like the language: a <select>'s defaultValue is not re-applied when the form is
  // reset after a refused action, so an uncontrolled one fell back to the first section.
  const [sectionId, setSectionId] = useState(state.values.sectionId ?? String(sections[0]?.id ?? ""));
  const [slug, setSlug] = useState(state.values.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(state.values.slug));
  const dir = locales.find((locale) => locale.value === sourceLocale)?.dir ?? "ltr";
  const capGuard = useCapGuard(state);
  const errors: Record<string, string | undefined> = capGuard.errors ?? state.errors;
  const errorText = (field: string) => {
    const code = errors[field];
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
  const count = (field: TranslationField) => (
    <CharacterCount fieldId={field} max={limits[field]} text={countText} />
  );

  const formRef = useRef<HTMLFormElement>(null);
  const [snapshot, setSnapshot] = useState<FormSnapshot>({});
  const [dirty, setDirty] = useState(false);
  const draftParts = [userId, "new-story"];
  const draft = useAutosave<FormSnapshot>(draftKey(draftParts), snapshot, dirty);
  useUnsavedWarning(dirty, tForms("unsaved"), formRef);
  // A refused answer shows again the language and section the server
  // received: a choice made before the page's script ran reached the server
  // but not React's state, and the form's reset put the first option back.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.problem && state.values.sourceLocale) setSourceLocale(state.values.sourceLocale as Locale);
    if (state.problem && state.values.sectionId) setSectionId(state.values.sectionId);
  }
  // A refused answer: what the form holds is kept again (the draft was cleared as it was sent).
  useEffect(() => {
    if (formRef.current && state.problem) setSnapshot(readForm(formRef.current));
  }, [state]);

  const fieldLabel = (field: string) =>
    field === "section"
      ? t("stories.section")
      : field === "image"
        ? t("newStory.upload")
        : field === "imageCredit"
          ? t("newStory.credit")
          : t(`editor.fields.${field as TranslationField}`);
  const summary = Object.entries(errors).flatMap(([field, code]) =>
    code
      ? [
          {
            field: FIELD_IDS[field] ?? field,
            label: fieldLabel(field),
            text: fieldErrorText(code as FieldErrorCode),
          },
        ]
      : [],
  );
  const checkedAuthors = (state.values.authorIds ?? "").split(",").filter(Boolean).map(Number);
  return (
    <>
      <DraftStatus
        savedAt={draft.savedAt}
        found={draft.found}
        onRestore={(kept) => {
          const form = formRef.current;
          if (!form) return;
          fillForm(form, kept, DRAFT_FIELDS);
          setSourceLocale((form.elements.namedItem("sourceLocale") as HTMLSelectElement).value as Locale);
          setSectionId((form.elements.namedItem("sectionId") as HTMLSelectElement).value);
          const keptSlug = typeof kept.slug === "string" ? kept.slug : "";
          setSlug(keptSlug);
          setSlugTouched(keptSlug !== "");
          setSnapshot(readForm(form));
          setDirty(true);
          draft.dismiss();
          // Counts listen for input events; a restored value arrives without one.
          form
            .querySelectorAll("input, textarea")
            .forEach((field) => field.dispatchEvent(new Event("input", { bubbles: true })));
        }}
        onDiscard={draft.discard}
      />
      <form
        ref={formRef}
        action={action}
        className="newsroom-form"
        encType="multipart/form-data"
        noValidate
        onInput={(event) => {
          setSnapshot(readForm(event.currentTarget));
          setDirty(true);
        }}
        onSubmit={(event) => {
          if (capGuard.check(event)) clearDrafts(draftParts);
        }}
      >
        <ErrorSummary title={tForms("errorSummary")} errors={summary} attempt={capGuard.attempt} />
        {state.problem && state.problem !== "invalid" ? (
          <p className="form-error" role="alert">
            {t(`editor.problems.${state.problem}`)}
          </p>
        ) : null}
        <input type="hidden" name="uiLocale" value={uiLocale} />
        <FormField id="kind" label={t("newStory.kind")}>
          {(control) => (
            <select {...control} name="kind" defaultValue={state.values.kind ?? "news"}>
              <ChoiceOptions
                choices={STORY_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`newStory.kinds.${kind}`),
                }))}
              />
            </select>
          )}
        </FormField>
        <FormField id="sourceLocale" label={t("newStory.sourceLocale")}>
          {(control) => (
            <select
              {...control}
              name="sourceLocale"
              value={sourceLocale}
              onChange={(event) => setSourceLocale(event.target.value as Locale)}
            >
              <ChoiceOptions
                choices={locales.map(({ value }) => ({ value, label: t(`locales.${value}`) }))}
              />
            </select>
          )}
        </FormField>
        <FormField id="sectionId" label={t("stories.section")} error={errorText("section")}>
          {(control) => (
            <select
              {...control}
              name="sectionId"
              value={sectionId}
              onChange={(event) => setSectionId(event.target.value)}
            >
              <ChoiceOptions choices={sections.map(({ id, name }) => ({ value: id, label: name }))} />
            </select>
          )}
        </FormField>
        <AuthorCheckboxes authors={authors} checked={checkedAuthors} />
        <FormField
          id="headline"
          label={t("editor.fields.headline")}
          error={errorText("headline")}
          count={count("headline")}
        >
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
        <FormField id="slug" label={t("editor.fields.slug")} error={errorText("slug")} count={count("slug")}>
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
        <FormField id="dek" label={t("editor.fields.dek")} error={errorText("dek")} count={count("dek")}>
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
          count={count("body")}
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
        <ImageChooser
          library={library}
          chosen={state.values.image ?? ""}
          error={errorText("image")}
          credit={state.values.imageCredit ?? ""}
          creditError={errorText("imageCredit")}
        />
        <FormField
          id="leadImageAlt"
          label={t("editor.fields.leadImageAlt")}
          error={errorText("leadImageAlt")}
          count={count("leadImageAlt")}
        >
          {(control) => (
            <input
              {...control}
              {...inSource(state.values.leadImageAlt)}
              name="leadImageAlt"
              defaultValue={state.values.leadImageAlt}
            />
          )}
        </FormField>
        <FormField
          id="leadImageCaption"
          label={t("editor.fields.leadImageCaption")}
          error={errorText("leadImageCaption")}
          count={count("leadImageCaption")}
        >
          {(control) => (
            <textarea
              {...control}
              {...inSource(state.values.leadImageCaption)}
              name="leadImageCaption"
              rows={2}
              defaultValue={state.values.leadImageCaption}
            />
          )}
        </FormField>
        <button type="submit" disabled={pending}>
          {t("newStory.submit")}
        </button>
      </form>
    </>
  );
}
