"use client";

import { useActionState, useState } from "react";
import { createStoryAction, type CreateState } from "@/app/[locale]/newsroom/stories/actions";
import { slugify } from "@/lib/slug";
import type { LeadImage } from "@/lib/newsroom/story-details";
import { FormField } from "@/components/forms/form-field";
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
  const errorText = (field: string) => {
    const code = state.errors[field];
    return code ? (text.errors[code] ?? code) : undefined;
  };
  const inSource = { lang: sourceLocale, dir };
  return (
    <form action={action} className="newsroom-form" encType="multipart/form-data" noValidate>
      {state.problem ? (
        <p className="form-error" role="alert">
          {text.problems[state.problem]}
        </p>
      ) : null}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <FormField id="sourceLocale" label={text.fields.sourceLocale}>
        {(control) => (
          <select
            {...control}
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
        )}
      </FormField>
      <FormField id="sectionId" label={text.fields.sectionId} error={errorText("section")}>
        {(control) => (
          <select {...control} name="sectionId" defaultValue={state.values.sectionId}>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="field">
        <legend>{text.fields.authors}</legend>
        {authors.map((author) => (
          <label key={author.id}>
            <input type="checkbox" name="authorIds" value={author.id} /> <bdi>{author.name}</bdi>
          </label>
        ))}
      </fieldset>
      <FormField id="headline" label={text.fields.headline} error={errorText("headline")}>
        {(control) => (
          <input
            {...control}
            {...inSource}
            name="headline"
            maxLength={200}
            defaultValue={state.values.headline}
            onChange={(event) => {
              if (!slugTouched) setSlug(slugify(event.target.value));
            }}
          />
        )}
      </FormField>
      <FormField id="slug" label={text.fields.slug} error={errorText("slug")}>
        {(control) => (
          <input
            {...control}
            name="slug"
            dir="auto"
            maxLength={80}
            value={slug}
            onChange={(event) => {
              setSlugTouched(true);
              setSlug(event.target.value);
            }}
          />
        )}
      </FormField>
      <FormField id="dek" label={text.fields.dek} error={errorText("dek")}>
        {(control) => (
          <textarea
            {...control}
            {...inSource}
            name="dek"
            rows={3}
            maxLength={400}
            defaultValue={state.values.dek}
          />
        )}
      </FormField>
      <FormField id="body" label={text.fields.body} error={errorText("body")} hint={text.bodyHint}>
        {(control) => (
          <textarea {...control} {...inSource} name="body" rows={14} defaultValue={state.values.body} />
        )}
      </FormField>
      <ImageChooser library={library} current={null} labels={text.image} error={errorText("image")} />
      <FormField id="leadImageAlt" label={text.fields.leadImageAlt} error={errorText("leadImageAlt")}>
        {(control) => (
          <input
            {...control}
            {...inSource}
            name="leadImageAlt"
            maxLength={300}
            defaultValue={state.values.leadImageAlt}
          />
        )}
      </FormField>
      <button type="submit" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
