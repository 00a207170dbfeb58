"use client";

import { useActionState, useRef } from "react";
import { postCommentAction, type CommentFormState } from "@/app/[locale]/(site)/story/[slug]/comment-actions";
import { FormError, FormNotice } from "@/components/forms/form-messages";
import { InputField, TextAreaField } from "@/components/forms/text-fields";
import { useFormToken } from "@/components/comments/use-form-token";

interface Props {
  storyId: number;
  locale: string;
  slug: string;
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
 * without JavaScript (the first post then asks to confirm); with it, the page
 * is not reloaded and the form token is fetched before the reader posts.
 */
export function CommentForm({ storyId, locale, slug, permalink, text }: Props) {
  // The permalink is where the form posts without JavaScript: the story itself.
  const [state, action, pending] = useActionState<CommentFormState, FormData>(
    postCommentAction,
    { values: { name: "", email: "", body: "" }, fields: {}, form: null, done: null, token: "" },
    permalink,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const { token, request } = useFormToken(
    formRef,
    state,
    `/api/comments/form-token?story=${storyId}&locale=${encodeURIComponent(locale)}`,
  );
  const errorText = (field: "name" | "email" | "body") => {
    const code = state.fields[field];
    return code ? text.errors[code] : undefined;
  };
  return (
    <form
      ref={formRef}
      action={action}
      className="comment-form"
      aria-labelledby="comment-form-title"
      onFocus={request}
    >
      <h3 id="comment-form-title">{text.title}</h3>
      <FormNotice text={state.done && (state.done === "pending" ? text.pending : text.posted)} />
      <FormError text={state.form && text.errors[state.form]} />
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="token" value={token} />
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
      <InputField
        id="comment-name"
        label={text.name}
        error={errorText("name")}
        name="name"
        dir="auto"
        maxLength={60}
        autoComplete="name"
        defaultValue={state.values.name}
      />
      <InputField
        id="comment-email"
        label={text.email}
        error={errorText("email")}
        name="email"
        type="email"
        dir="ltr"
        autoComplete="email"
        defaultValue={state.values.email}
      />
      <TextAreaField
        id="comment-body"
        label={text.body}
        error={errorText("body")}
        hint={text.bodyHint}
        name="body"
        dir="auto"
        rows={5}
        maxLength={2000}
        defaultValue={state.values.body}
      />
      <button type="submit" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
