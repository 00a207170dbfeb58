"use client";

import { useActionState, useState } from "react";
import { createStoryAction, type CreateState } from "@/app/[locale]/newsroom/stories/actions";
import { slugify } from "@/lib/slug";
import type { LeadImage } from "@/lib/newsroom/story-details";
import { ImageChooser } from "@/components/newsroom/image-chooser";

interface Props {
  uiLocale: string;
  locales: { value: string; label: string; dir: "ltr" | "rtl" }[];
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  library: LeadImage[];
  text: {
    fields: Record<
      "sourceLocale" | "sectionId" | "authors" | "headline" | "dek" | "slug" | "body" | "leadImageAlt",
      string
    >;
    image: { legend: string; none: string; upload: string; uploadHint: string };
    errors: Record<string, string>;
    problems: Record<"invalid" | "forbidden", string>;
    submit: string;
    bodyHint: string;
  };
}

/** A new story, written in its source language; works with and without JavaScript. */
export function NewStoryForm({ uiLocale, locales, sections, authors, library, text }: Props) {
  const [state, action, pending] = useActionState<CreateState, FormData>(createStoryAction, {
    values: { sourceLocale: uiLocale },
    errors: {},
    problem: null,
  });
  const [sourceLocale, setSourceLocale] = useState(state.values.sourceLocale ?? uiLocale);
  const [slug, setSlug] = useState(state.values.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(state.values.slug));
  const dir = locales.find((locale) => locale.value === sourceLocale)?.dir ?? "ltr";
  const error = (field: string) =>
    state.errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {text.errors[state.errors[field]!] ?? state.errors[field]}
      </p>
    ) : null;
  const described = (field: string) => (state.errors[field] ? `${field}-error` : undefined);
  return (
    <form action={action} className="newsroom-form" encType="multipart/form-data" noValidate>
      {state.problem ? (
        <p className="form-error" role="alert">
          {text.problems[state.problem]}
        </p>
      ) : null}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <div className="field">
        <label htmlFor="sourceLocale">{text.fields.sourceLocale}</label>
        <select
          id="sourceLocale"
          name="sourceLocale"
          value={sourceLocale}
          onChange={(event) => setSourceLocale(event.target.value)}
        >
          {locales.map((locale) => (
            <option key={locale.value} value={locale.value}>
              {locale.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sectionId">{text.fields.sectionId}</label>
        <select
          id="sectionId"
          name="sectionId"
          defaultValue={state.values.sectionId}
          aria-describedby={described("section")}
        >
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
        {error("section")}
      </div>
      <fieldset className="field">
        <legend>{text.fields.authors}</legend>
        {authors.map((author) => (
          <label key={author.id}>
            <input type="checkbox" name="authorIds" value={author.id} /> <bdi>{author.name}</bdi>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="headline">{text.fields.headline}</label>
        <input
          id="headline"
          name="headline"
          lang={sourceLocale}
          dir={dir}
          maxLength={200}
          defaultValue={state.values.headline}
          aria-invalid={state.errors.headline ? true : undefined}
          aria-describedby={described("headline")}
          onChange={(event) => {
            if (!slugTouched) setSlug(slugify(event.target.value));
          }}
        />
        {error("headline")}
      </div>
      <div className="field">
        <label htmlFor="slug">{text.fields.slug}</label>
        <input
          id="slug"
          name="slug"
          dir="auto"
          maxLength={80}
          value={slug}
          aria-invalid={state.errors.slug ? true : undefined}
          aria-describedby={described("slug")}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.target.value);
          }}
        />
        {error("slug")}
      </div>
      <div className="field">
        <label htmlFor="dek">{text.fields.dek}</label>
        <textarea
          id="dek"
          name="dek"
          rows={3}
          lang={sourceLocale}
          dir={dir}
          maxLength={400}
          defaultValue={state.values.dek}
          aria-describedby={described("dek")}
        />
        {error("dek")}
      </div>
      <div className="field">
        <label htmlFor="body">{text.fields.body}</label>
        <textarea
          id="body"
          name="body"
          rows={14}
          lang={sourceLocale}
          dir={dir}
          defaultValue={state.values.body}
          aria-describedby={described("body") ?? "body-hint"}
        />
        <p id="body-hint" className="field-hint">
          {text.bodyHint}
        </p>
        {error("body")}
      </div>
      <ImageChooser
        library={library}
        current={null}
        labels={text.image}
        error={state.errors.image ? text.errors[state.errors.image] : undefined}
      />
      <div className="field">
        <label htmlFor="leadImageAlt">{text.fields.leadImageAlt}</label>
        <input
          id="leadImageAlt"
          name="leadImageAlt"
          lang={sourceLocale}
          dir={dir}
          maxLength={300}
          defaultValue={state.values.leadImageAlt}
        />
        {error("leadImageAlt")}
      </div>
      <button type="submit" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
