"use client";

import { useActionState, useState } from "react";
import { saveTranslationAction, type EditorState } from "@/app/[locale]/newsroom/stories/actions";
import { slugify } from "@/lib/slug";
import type { FieldErrorCode, TranslationField } from "@/lib/newsroom/translation-fields";
import { FormField } from "@/components/forms/form-field";
import { StoryBody } from "@/components/story-body";

type Values = EditorState["values"];

export interface EditorText {
  fields: Record<TranslationField, string>;
  slugHint: string;
  bodyHint: string;
  save: string;
  preview: string;
  errors: Record<FieldErrorCode, string>;
  problems: Record<"invalid" | "conflict" | "forbidden" | "not-found", string>;
  yours: string;
  /** With {name}, {time} and {revision} left in, filled in here. */
  theirs: string;
  sourceTitle: string;
  targetTitle: string;
}

interface Side {
  lang: string;
  dir: "ltr" | "rtl";
}

interface Props {
  uiLocale: string;
  storyId: number;
  target: string;
  targetSide: Side;
  /** The source text beside the form when translating; null when editing the source itself. */
  source: (Values & Side) | null;
  initial: Values;
  baseRevision: number | null;
  sourceRevision: number;
  limits: Record<TranslationField, number>;
  text: EditorText;
}

const FIELDS: TranslationField[] = ["headline", "dek", "slug", "body", "leadImageAlt"];

/**
 * The translation form: source and target side by side, each in its own
 * direction, with a live preview that uses the reader's own article styles
 * and Markdown renderer. Without JavaScript it is a plain form that posts
 * to the same Server Action.
 */
export function TranslationEditor(props: Props) {
  const { text, targetSide, source } = props;
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
          {text.problems[state.problem]}
        </p>
      ) : null}
      {state.theirs ? (
        <div className="conflict">
          <section className="conflict__theirs" aria-labelledby="theirs-title">
            <h2 id="theirs-title">
              {text.theirs
                .replace("{name}", state.theirs.savedBy ?? "?")
                .replace("{time}", new Date(state.theirs.savedAt).toLocaleString(props.uiLocale))
                .replace("{revision}", String(state.theirs.revision))}
            </h2>
            <dl lang={targetSide.lang} dir={targetSide.dir}>
              {FIELDS.map((field) => (
                <div key={field}>
                  <dt>{text.fields[field]}</dt>
                  <dd className="preserve-lines">{state.theirs![field]}</dd>
                </div>
              ))}
            </dl>
          </section>
          <p>
            <strong>{text.yours}</strong>
          </p>
        </div>
      ) : null}
      <form action={action} className="newsroom-form editor__form" noValidate>
        <input type="hidden" name="uiLocale" value={props.uiLocale} />
        <input type="hidden" name="storyId" value={props.storyId} />
        <input type="hidden" name="target" value={props.target} />
        <input type="hidden" name="baseRevision" value={baseRevision ?? ""} />
        <input type="hidden" name="sourceRevision" value={props.sourceRevision} />
        <div className={source ? "editor__grid editor__grid--pair" : "editor__grid"}>
          {source ? (
            <>
              <h2 className="editor__column-title" lang={source.lang} dir={source.dir}>
                {text.sourceTitle}
              </h2>
              <h2 className="editor__column-title">{text.targetTitle}</h2>
            </>
          ) : null}
          {FIELDS.map((field) => {
            const error = state.errors[field];
            const hint = field === "slug" ? text.slugHint : field === "body" ? text.bodyHint : undefined;
            const common = {
              name: field,
              lang: targetSide.lang,
              dir: field === "slug" ? ("auto" as const) : targetSide.dir,
              value: values[field],
              maxLength: props.limits[field],
            };
            return (
              <div className="editor__row" key={field}>
                {source ? (
                  <div
                    className="editor__source"
                    lang={source.lang}
                    dir={field === "slug" ? "auto" : source.dir}
                  >
                    <span className="editor__source-label">{text.fields[field]}</span>
                    <div className="preserve-lines">{source[field]}</div>
                  </div>
                ) : null}
                <FormField
                  id={field}
                  label={text.fields[field]}
                  error={error && text.errors[error]}
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
        </div>
        <button type="submit" disabled={pending}>
          {text.save}
        </button>
      </form>
      <section className="editor__preview" aria-label={text.preview}>
        <h2>{text.preview}</h2>
        <article className="story" lang={targetSide.lang} dir={targetSide.dir}>
          <header className="story__header">
            <p className="story__headline" role="heading" aria-level={3}>
              {values.headline}
            </p>
            <p className="story__dek">{values.dek}</p>
          </header>
          <StoryBody markdown={values.body} />
        </article>
      </section>
    </div>
  );
}
