"use client";

import { useActionState, useEffect, useRef } from "react";
import { postCommentAction, type CommentFormState } from "@/app/[locale]/(site)/story/[slug]/comment-actions";

interface Props {
  storyId: number;
  locale: string;
  slug: string;
  token: string;
  permalink: string;
  text: {
    title: string;
    name: string;
    email: string;
    body: string;
    bodyHint: string;
    website: string;
    submit: string;
    posted: string;
    pending: string;
    errors: Record<string, string>;
  };
}

/**
 * The comment form. A plain form posting to a Server Action, so it works
 * without JavaScript; with it, the page is not reloaded and the time the
 * page was open is sent as one more hint against bots.
 */
export function CommentForm({ storyId, locale, slug, token, permalink, text }: Props) {
  // The permalink is where the form posts without JavaScript: the story itself.
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    postCommentAction,
    { values: { name: "", email: "", body: "" }, fields: {}, form: null, done: null },
    permalink,
  );
  const openedAt = useRef<number>(0);
  const elapsed = useRef<HTMLInputElement>(null);
  useEffect(() => {
    openedAt.current = Date.now();
  }, []);
  const fieldError = (field: "name" | "email" | "body") =>
    state.fields[field] ? (
      <p id={`comment-${field}-error`} className="field-error">
        {text.errors[state.fields[field]!]}
      </p>
    ) : null;
  const describedBy = (field: "name" | "email" | "body", hint?: string) =>
    [state.fields[field] ? `comment-${field}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined;
  return (
    <form
      action={action}
      className="comment-form"
      aria-labelledby="comment-form-title"
      onSubmit={() => {
        if (elapsed.current) elapsed.current.value = String(Date.now() - openedAt.current);
      }}
    >
      <h3 id="comment-form-title">{text.title}</h3>
      {state.done ? (
        <p className="form-notice" role="status">
          {state.done === "pending" ? text.pending : text.posted}
        </p>
      ) : null}
      {state.form ? (
        <p className="form-error" role="alert">
          {text.errors[state.form]}
        </p>
      ) : null}
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="elapsed" ref={elapsed} defaultValue="" />
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="comment-website">{text.website}</label>
        <input
          id="comment-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <div className="field">
        <label htmlFor="comment-name">{text.name}</label>
        <input
          id="comment-name"
          name="name"
          dir="auto"
          maxLength={60}
          autoComplete="name"
          defaultValue={state.values.name}
          aria-invalid={state.fields.name ? true : undefined}
          aria-describedby={describedBy("name")}
        />
        {fieldError("name")}
      </div>
      <div className="field">
        <label htmlFor="comment-email">{text.email}</label>
        <input
          id="comment-email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="email"
          defaultValue={state.values.email}
          aria-invalid={state.fields.email ? true : undefined}
          aria-describedby={describedBy("email")}
        />
        {fieldError("email")}
      </div>
      <div className="field">
        <label htmlFor="comment-body">{text.body}</label>
        <textarea
          id="comment-body"
          name="body"
          dir="auto"
          rows={5}
          maxLength={2000}
          defaultValue={state.values.body}
          aria-invalid={state.fields.body ? true : undefined}
          aria-describedby={describedBy("body", "comment-body-hint")}
        />
        <p id="comment-body-hint" className="field-hint">
          {text.bodyHint}
        </p>
        {fieldError("body")}
      </div>
      <button type="submit" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
