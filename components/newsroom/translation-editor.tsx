"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { saveTranslationAction, type EditorState } from "@/lib/actions/newsroom/translation-actions";
import type { AppLocale } from "@/i18n/routing";
import { slugify } from "@/lib/slug";
import { fieldDirection } from "@/lib/text-direction";
import type { TranslationField } from "@/lib/newsroom/translation-fields";
import { FormField } from "@/components/forms/form-field";
import { StoryBody } from "@/components/story-body";
import { TextDiff } from "@/components/newsroom/text-diff";
import { StoryBodyPlain } from "@/components/story-body-plain";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";

type Values = EditorState["values"];

interface Side {
  lang: AppLocale;
  dir: "ltr" | "rtl";
}

interface Props {
  uiLocale: string;
  storyId: number;
  target: AppLocale;
  targetSide: Side;
  /** The source text beside the form when translating; null when editing the source itself. */
  source: (Values & Side) | null;
  initial: Values;
  baseRevision: number | null;
  sourceRevision: number;
  /** Shown without a way to save: someone else is editing it. */
  readOnly: boolean;
}

const FIELDS: TranslationField[] = ["headline", "dek", "slug", "body", "leadImageAlt"];

/**
 * The translation form: source and target side by side, each in its own
 * direction, with a live preview that uses the reader's own article styles
 * and Markdown renderer. Without JavaScript it is a plain form that posts
 * to the same Server Action.
 */
export function TranslationEditor(props: Props) {
  const { targetSide, source } = props;
  const t = useTranslations("Newsroom");
  const format = useFormatter();
  const errorText = useFieldErrorText();
  const [state, action, pending] = useActionState<EditorState, FormData>(saveTranslationAction, {
    values: props.initial,
    baseRevision: props.baseRevision,
    errors: {},
    problem: null,
    theirs: null,
  });
  const [values, setValues] = useState<Values>(state.values);
  const [slugTouched, setSlugTouched] = useState(props.baseRevision !== null);
  // After a conflict, saving again deliberately goes over their revision.
  const baseRevision = state.theirs ? state.theirs.revision : state.baseRevision;

  const update = (field: TranslationField, value: string) =>
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === "headline" && !slugTouched) next.slug = slugify(value);
      return next;
    });

  return (
    <div className="editor">
      {state.problem ? (
        <p className="form-error" role="alert">
          {t(`editor.problems.${state.problem}`)}
        </p>
      ) : null}
      {state.theirs ? (
        <div className="conflict">
          <section className="conflict__theirs" aria-labelledby="theirs-title">
            <h2 id="theirs-title">
              {t.rich("editor.theirs", {
                name: state.theirs.savedBy ?? "?",
                who: (chunks) => <bdi>{chunks}</bdi>,
                time: format.dateTime(new Date(state.theirs.savedAt), "stamp"),
                revision: state.theirs.revision,
              })}
            </h2>
            <p>{t("editor.theirsCompared")}</p>
            {FIELDS.map((field) =>
              state.theirs![field] !== values[field] ? (
                <div key={field} className="conflict__field">
                  <h3>{t(`editor.fields.${field}`)}</h3>
                  <TextDiff before={state.theirs![field]} after={values[field]} {...targetSide} />
                </div>
              ) : null,
            )}
            <details>
              <summary>{t("editor.theirsWhole")}</summary>
              <dl lang={targetSide.lang} dir={targetSide.dir}>
                {FIELDS.map((field) => (
                  <div key={field}>
                    <dt>{t(`editor.fields.${field}`)}</dt>
                    <dd className="preserve-lines" dir="auto">
                      {state.theirs![field]}
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          </section>
          <p>
            <strong>{t("editor.yours")}</strong>
          </p>
        </div>
      ) : null}
      <form action={action} className="newsroom-form editor__form" noValidate>
        <input type="hidden" name="uiLocale" value={props.uiLocale} />
        <input type="hidden" name="storyId" value={props.storyId} />
        <input type="hidden" name="target" value={props.target} />
        <input type="hidden" name="baseRevision" value={baseRevision ?? ""} />
        <input type="hidden" name="sourceRevision" value={props.sourceRevision} />
        <fieldset
          className={source ? "editor__grid editor__grid--pair" : "editor__grid"}
          disabled={props.readOnly}
        >
          {source ? (
            <>
              <h2 className="editor__column-title" lang={source.lang} dir={source.dir}>
                {t("editor.source", { language: t(`locales.${source.lang}`) })}
              </h2>
              <h2 className="editor__column-title">
                {t("editor.target", { language: t(`locales.${targetSide.lang}`) })}
              </h2>
            </>
          ) : null}
          {FIELDS.map((field) => {
            const error = state.errors[field];
            const hint =
              field === "slug" ? t("editor.slugHint") : field === "body" ? t("editor.bodyHint") : undefined;
            const common = {
              name: field,
              lang: targetSide.lang,
              dir: fieldDirection(values[field], targetSide.dir),
              value: values[field],
            };
            return (
              <div className="editor__row" key={field}>
                {source ? (
                  // A long source body scrolls in its box: keyboard users reach
                  // and scroll it as a named region.
                  <div
                    className="editor__source"
                    lang={source.lang}
                    dir={source.dir}
                    role="region"
                    tabIndex={0}
                    aria-label={t("editor.sourceField", {
                      field: t(`editor.fields.${field}`),
                      language: t(`locales.${source.lang}`),
                    })}
                  >
                    <span className="editor__source-label">{t(`editor.fields.${field}`)}</span>
                    <StoryBodyPlain text={source[field]} dir="auto" />
                  </div>
                ) : null}
                <FormField
                  id={field}
                  label={t(`editor.fields.${field}`)}
                  error={error && errorText(error)}
                  hint={hint}
                >
                  {(control) =>
                    field === "body" || field === "dek" ? (
                      <textarea
                        {...control}
                        {...common}
                        rows={field === "body" ? 18 : 3}
                        onChange={(event) => update(field, event.target.value)}
                      />
                    ) : (
                      <input
                        {...control}
                        {...common}
                        type="text"
                        onChange={(event) => {
                          if (field === "slug") setSlugTouched(true);
                          update(field, event.target.value);
                        }}
                      />
                    )
                  }
                </FormField>
              </div>
            );
          })}
        </fieldset>
        {props.readOnly ? null : (
          <button type="submit" disabled={pending}>
            {t("editor.save")}
          </button>
        )}
      </form>
      <section className="editor__preview" aria-label={t("editor.preview")}>
        <h2>{t("editor.preview")}</h2>
        <article className="story" lang={targetSide.lang} dir={targetSide.dir}>
          <header className="story__header">
            {/* A heading only once there is a headline: an empty one would be announced as nothing. */}
            <p
              className="story__headline"
              role={values.headline.trim() ? "heading" : undefined}
              aria-level={values.headline.trim() ? 3 : undefined}
              dir="auto"
            >
              {values.headline}
            </p>
            <p className="story__dek" dir="auto">
              {values.dek}
            </p>
          </header>
          <StoryBody markdown={values.body} autoDirection />
        </article>
      </section>
    </div>
  );
}
