"use client";

import { useFormatter, useTranslations, type Locale } from "next-intl";
import { withValues } from "@/i18n/with-values";
import { useViewerGender } from "@/components/newsroom/viewer-gender";
import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { saveTranslationAction, type EditorState } from "@/lib/actions/newsroom/translation-actions";
import { slugify } from "@/lib/urls/slug";
import { fieldDirection } from "@/lib/locale/text-direction";
import type { TranslationField } from "@/lib/newsroom/editor/translation-fields";
import type { FieldSuggestions, SourceBlock } from "@/lib/newsroom/editor/translation-editor-data";
import type { MemorySuggestion } from "@/lib/translation-memory/lookup";
import {
  insertSuggestion,
  replaceBlockAtCaret,
  blockAtCaret,
} from "@/lib/translation-memory/insert-suggestion";
import { MemorySuggestions } from "@/components/newsroom/memory-suggestions";
import { GlossaryMarks } from "@/components/newsroom/glossary-marks";
import type { EditorTerms } from "@/lib/glossary/editor-terms";
import { PhotoCreditField } from "@/components/newsroom/photo-credit-field";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";
import { DraftStatus } from "@/components/newsroom/draft-status";
import { clearDrafts, draftKey, useAutosave } from "@/components/newsroom/use-autosave";
import { useCountText } from "@/components/newsroom/use-count-text";
import { useUnsavedWarning } from "@/components/newsroom/use-unsaved-warning";
import { StoryBody } from "@/components/story-body";
import { TextDiff } from "@/components/newsroom/text-diff";
import { StoryBodyPlain } from "@/components/story-body-plain";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";
import { useCapGuard } from "@/components/newsroom/use-cap-guard";

type Values = EditorState["values"];

const noSubscription = () => () => {};

interface Side {
  lang: Locale;
  dir: "ltr" | "rtl";
}

/** A flag on a passage of the source that changed since the translation was made. */
function ChangedMark({ text }: { text: string }) {
  return <span className="changed-mark">{text}</span>;
}

interface Props {
  uiLocale: string;
  storyId: number;
  target: Locale;
  targetSide: Side;
  /** The source text beside the form when translating; null when editing the source itself. */
  source: (Values & Side) | null;
  /** The source body in blocks, those changed since the translation was made flagged. */
  sourceBlocks: SourceBlock[] | null;
  /** The glossary's terms in the source; null when editing the source itself. */
  terms: EditorTerms | null;
  /** The memory's translations of the source's headline and summary; null when editing the source itself. */
  fieldSuggestions: FieldSuggestions | null;
  /** Whether the source's headline and summary changed since then; null when the translation is current. */
  sourceChanged: { headline: boolean; dek: boolean } | null;
  initial: Values;
  baseRevision: number | null;
  sourceRevision: number;
  /** Shown without a way to save: someone else is editing it. */
  readOnly: boolean;
  /** Each field's length limit, quoted by its live count. */
  limits: Record<TranslationField, number>;
  /** Who edits: the draft kept on this device is theirs alone. */
  userId: string;
  /** The page is the answer to a successful save: drafts of this version are done with. */
  justSaved: boolean;
  /** The uploaded lead image's credit in this language and its limit; null when there is no upload. */
  photoCredit: { value: string; max: number } | null;
}

const FIELDS: TranslationField[] = ["headline", "dek", "slug", "body", "leadImageAlt", "leadImageCaption"];

/** Alt+1, Alt+2, Alt+3 (by key position, so Arabic keyboards work too): the suggestion to put in. */
function shortcutIndex(event: React.KeyboardEvent): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = /^Digit([1-3])$/.exec(event.code);
  return digit ? Number(digit[1]) - 1 : null;
}

/**
 * The translation form: source and target side by side, each in its own
 * direction, with a live preview that uses the reader's own article styles
 * and Markdown renderer. Without JavaScript it is a plain form that posts
 * to the same Server Action.
 */
export function TranslationEditor(props: Props) {
  const { targetSide, source } = props;
  const viewer = { viewerGender: useViewerGender() };
  const t = withValues(useTranslations("Newsroom"), viewer);
  const format = useFormatter();
  const errorText = useFieldErrorText();
  const tForms = withValues(useTranslations("Forms"), viewer);
  const countText = useCountText();
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
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Insert buttons need JavaScript: without it the suggestions are a list to copy from.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [inserted, setInserted] = useState("");
  const dirty = FIELDS.some((field) => values[field] !== props.initial[field]);
  const version = [props.userId, props.storyId, props.target];
  const draft = useAutosave(draftKey([...version, props.baseRevision]), values, dirty);
  useUnsavedWarning(dirty, tForms("unsaved"), formRef);
  useEffect(() => {
    if (props.justSaved) clearDrafts(version);
    // Once, on the page the save redirected to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const capGuard = useCapGuard(state);
  const errors = capGuard.errors ?? state.errors;
  const summary = FIELDS.flatMap((field) => {
    const code = errors[field];
    return code ? [{ field, label: t(`editor.fields.${field}`), text: errorText(code) }] : [];
  });

  const update = (field: TranslationField, value: string) =>
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === "headline" && !slugTouched) next.slug = slugify(value);
      return next;
    });

  const tMemory = useTranslations("Newsroom.editor.memory");
  const announce = (segment: string) => setInserted(tMemory("inserted", { segment }));
  /** Puts a suggestion in the body: over the source passage still there, else at the caret. */
  const insertInBody = (sourcePassage: string, text: string, block: boolean, segment: string) => {
    const textarea = bodyRef.current;
    const result = insertSuggestion(
      values.body,
      { sourcePassage, text, block },
      textarea?.selectionStart ?? values.body.length,
    );
    update("body", result.body);
    announce(segment);
    // After React has put the new text in, the caret goes after the insertion.
    requestAnimationFrame(() => textarea?.setSelectionRange(result.caret, result.caret));
  };
  const onShortcut = (
    field: TranslationField,
    event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>,
  ) => {
    const index = shortcutIndex(event);
    if (index === null || !props.fieldSuggestions) return;
    let suggestion: MemorySuggestion | undefined;
    if (field === "headline" || field === "dek") {
      suggestion = props.fieldSuggestions[field][index];
      if (suggestion) update(field, suggestion.targetText);
    } else if (field === "body") {
      const caret = event.currentTarget.selectionStart ?? 0;
      suggestion = props.sourceBlocks?.[blockAtCaret(values.body, caret).index]?.suggestions[index];
      if (suggestion) {
        const result = replaceBlockAtCaret(values.body, caret, suggestion.targetText);
        update("body", result.body);
        const target = event.currentTarget;
        requestAnimationFrame(() => target.setSelectionRange(result.caret, result.caret));
      }
    }
    if (suggestion) {
      event.preventDefault();
      announce(t(`editor.fields.${field}`));
    }
  };
  const sourceSide = source ? { lang: source.lang, dir: source.dir } : targetSide;
  const hasSuggestions =
    (props.fieldSuggestions?.headline.length ?? 0) + (props.fieldSuggestions?.dek.length ?? 0) > 0 ||
    (props.sourceBlocks ?? []).some((block) => block.suggestions.length + block.sentences.length > 0);

  return (
    <div className="editor">
      <ErrorSummary title={tForms("errorSummary")} errors={summary} attempt={capGuard.attempt} />
      {state.problem && state.problem !== "invalid" ? (
        <p className="form-error" role="alert">
          {t(`editor.problems.${state.problem}`)}
        </p>
      ) : null}
      {state.theirs ? (
        <div className="conflict">
          <section className="conflict__theirs" aria-labelledby="theirs-title">
            <h2 id="theirs-title">
              {t.rich("editor.theirs", {
                member: state.theirs.savedBy ?? "?",
                memberGender: state.theirs.savedByGender,
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
      <DraftStatus
        savedAt={draft.savedAt}
        found={draft.found}
        onRestore={(kept) => {
          setValues({ ...values, ...kept });
          draft.dismiss();
        }}
        onDiscard={draft.discard}
      />
      {hasSuggestions ? <p className="memory__hint">{tMemory("shortcut")}</p> : null}
      <form
        ref={formRef}
        action={action}
        className="newsroom-form editor__form"
        noValidate
        onSubmit={(event) => capGuard.check(event)}
      >
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
            const error = errors[field];
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
                    {(field === "headline" || field === "dek") && props.sourceChanged?.[field] ? (
                      <ChangedMark text={t("editor.changedMark")} />
                    ) : null}
                    {field === "body" && props.sourceBlocks ? (
                      props.sourceBlocks.map((block, index) => {
                        const paragraph = tMemory("paragraph", { position: index + 1 });
                        return (
                          <div key={index} className="source-block">
                            <p
                              className={
                                block.changed ? "preserve-lines source-block--changed" : "preserve-lines"
                              }
                              data-block={index}
                              data-changed={block.changed ? "true" : undefined}
                              dir="auto"
                            >
                              {block.changed ? <ChangedMark text={t("editor.changedMark")} /> : null}
                              <GlossaryMarks
                                text={block.text}
                                marks={props.terms?.blocks[index] ?? []}
                                approved={props.terms?.approved ?? {}}
                                targetSide={targetSide}
                              />
                            </p>
                            <MemorySuggestions
                              suggestions={block.suggestions}
                              inUse={values.body}
                              current={block.text}
                              label={paragraph}
                              sourceSide={sourceSide}
                              targetSide={targetSide}
                              onInsert={
                                interactive ? (text) => insertInBody(block.text, text, true, paragraph) : null
                              }
                            />
                            {block.sentences.map((sentence, position) => {
                              const label = tMemory("sentence", {
                                paragraph: index + 1,
                                sentence: position + 1,
                              });
                              return (
                                <MemorySuggestions
                                  key={position}
                                  suggestions={sentence.suggestions}
                                  inUse={values.body}
                                  current={sentence.text}
                                  label={label}
                                  sourceSide={sourceSide}
                                  targetSide={targetSide}
                                  onInsert={
                                    interactive
                                      ? (text) => insertInBody(sentence.text, text, false, label)
                                      : null
                                  }
                                />
                              );
                            })}
                          </div>
                        );
                      })
                    ) : (field === "headline" || field === "dek") && props.terms?.[field].length ? (
                      <p dir="auto">
                        <GlossaryMarks
                          text={source[field]}
                          marks={props.terms[field]}
                          approved={props.terms.approved}
                          targetSide={targetSide}
                        />
                      </p>
                    ) : (
                      <StoryBodyPlain text={source[field]} dir="auto" />
                    )}
                    {(field === "headline" || field === "dek") && props.fieldSuggestions ? (
                      <MemorySuggestions
                        suggestions={props.fieldSuggestions[field]}
                        inUse={values[field]}
                        current={source[field]}
                        label={t(`editor.fields.${field}`)}
                        sourceSide={sourceSide}
                        targetSide={targetSide}
                        onInsert={
                          interactive
                            ? (text) => {
                                update(field, text);
                                announce(t(`editor.fields.${field}`));
                              }
                            : null
                        }
                      />
                    ) : null}
                  </div>
                ) : null}
                <FormField
                  id={field}
                  label={t(`editor.fields.${field}`)}
                  error={error && errorText(error)}
                  hint={hint}
                  count={
                    <CharacterCount
                      fieldId={field}
                      max={props.limits[field]}
                      value={values[field]}
                      text={countText}
                    />
                  }
                >
                  {(control) =>
                    field === "body" || field === "dek" || field === "leadImageCaption" ? (
                      <textarea
                        {...control}
                        {...common}
                        ref={field === "body" ? bodyRef : undefined}
                        rows={field === "body" ? 18 : 3}
                        onChange={(event) => update(field, event.target.value)}
                        onKeyDown={(event) => onShortcut(field, event)}
                      />
                    ) : (
                      <input
                        {...control}
                        {...common}
                        type="text"
                        onKeyDown={(event) => onShortcut(field, event)}
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
          {props.photoCredit ? (
            <PhotoCreditField
              defaultValue={state.photoCredit ?? props.photoCredit.value}
              error={
                state.creditError
                  ? t("story.problem.creditTooLong", { creditMax: props.photoCredit.max })
                  : undefined
              }
            />
          ) : null}
        </fieldset>
        <p className="visually-hidden" role="status">
          {inserted}
        </p>
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
