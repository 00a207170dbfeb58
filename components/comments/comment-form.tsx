"use client";

import { lazy, Suspense, useActionState, useEffect, useRef, useState } from "react";
import { postCommentAction, type CommentFormState } from "@/lib/actions/comments/post-comment-action";
import type { CountTemplates } from "@/lib/format/count-templates";
import { COMMENT_LIMITS } from "@/lib/comments/comment-limits";
import { EmailField } from "@/components/forms/email-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormError, FormNotice } from "@/components/forms/form-messages";
import { InputField, TextAreaField } from "@/components/forms/text-fields";
import { useFormToken } from "@/components/comments/use-form-token";
import type { ReaderWords } from "@/i18n/reader-words";

// Counts appear once the reader types (nothing to count before), so their
// code is fetched then and not with the story page.
const CommentCount = lazy(() => import("@/components/comments/comment-count"));

interface Props {
  storyId: number;
  locale: string;
  slug: string;
  permalink: string;
  /** "There is a problem", worded on the server. */
  summaryTitle: string;
  /** The live count's words (reading pages carry no client formatter). */
  counts: { left: CountTemplates; over: CountTemplates };
  /** The form's words ("Comments.form"), formatted on the server. */
  words: ReaderWords;
}

/**
 * The comment form. A plain form posting to a Server Action, so it works
 * without JavaScript (the first post then asks to confirm); with it, the page
 * is not reloaded and the form token is fetched before the reader posts.
 */
export function CommentForm({ storyId, locale, slug, permalink, summaryTitle, counts, words }: Props) {
  const t = (key: string) => words[key] ?? key;
  // The permalink is where the form posts without JavaScript: the story
  // itself, anchored to the answer, so the page opens at the form's errors
  // (or its thanks) rather than at the top of a long story, and the browser
  // moves focus there (a fragment's target takes focus when it can).
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    postCommentAction,
    { values: { name: "", email: "", body: "" }, fields: {}, form: null, done: null, token: "" },
    `${permalink}#comment-answer`,
  );
  const [typing, setTyping] = useState(false);
  const count = (fieldId: string, max: number) =>
    typing ? (
      <Suspense fallback={null}>
        <CommentCount fieldId={fieldId} max={max} counts={counts} />
      </Suspense>
    ) : null;
  const formRef = useRef<HTMLFormElement>(null);
  // Text typed or pasted before this code arrived (until then the form is
  // plain HTML) fires no input event here: counted as soon as it hydrates.
  useEffect(() => {
    if (formRef.current?.querySelector("textarea")?.value) setTyping(true);
  }, []);
  const { token, request } = useFormToken(
    formRef,
    state,
    `/api/comments/form-token?story=${storyId}&locale=${encodeURIComponent(locale)}`,
  );
  const errorText = (field: "name" | "email" | "body") => {
    const code = state.fields[field];
    return code ? t(`errors.${code}`) : undefined;
  };
  const summary = (["name", "email", "body"] as const).flatMap((field) => {
    const text = errorText(field);
    return text ? [{ field: `comment-${field}`, label: t(field), text }] : [];
  });
  return (
    <form
      id="comment-form"
      ref={formRef}
      action={action}
      className="comment-form"
      aria-labelledby="comment-form-title"
      onFocus={request}
      onInput={() => setTyping(true)}
    >
      <h3 id="comment-form-title">{t("title")}</h3>
      {summary.length > 0 || state.done || state.form ? (
        <div id="comment-answer" tabIndex={-1}>
          <ErrorSummary title={summaryTitle} errors={summary} attempt={state} />
          <FormNotice text={state.done && (state.done === "pending" ? t("pending") : t("posted"))} />
          <FormError text={state.form && t(`errors.${state.form}`)} />
        </div>
      ) : null}
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="token" value={token} />
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="comment-website">{t("website")}</label>
        <input
          id="comment-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <InputField
        id="comment-name"
        label={t("name")}
        error={errorText("name")}
        name="name"
        dir="auto"
        autoComplete="name"
        defaultValue={state.values.name}
        count={count("comment-name", COMMENT_LIMITS.name)}
      />
      <EmailField
        id="comment-email"
        label={t("email")}
        error={errorText("email")}
        autoComplete="email"
        defaultValue={state.values.email}
      />
      <TextAreaField
        id="comment-body"
        label={t("body")}
        error={errorText("body")}
        hint={t("bodyHint")}
        name="body"
        dir="auto"
        rows={5}
        defaultValue={state.values.body}
        count={count("comment-body", COMMENT_LIMITS.body)}
      />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
