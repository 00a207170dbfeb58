"use client";

import { useTranslations, type Locale } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EntryFields, useEntrySummaryErrors } from "@/components/newsroom/live/entry-fields";
import { saveEntryVersionAction, type EntryFormState } from "@/lib/actions/newsroom/live-actions";

interface Props {
  uiLocale: Locale;
  storyId: number;
  entryId: number;
  target: Locale;
  /** The revision the text below is; 0 for a translation not begun. */
  revision: number;
  values: { title: string; body: string; imageCaption: string; imageAlt: string };
  /** The entry's image, if any; the source's form may replace it. */
  image: { src: string } | null;
  isSource: boolean;
  /** Already on the page: saving publishes the change. */
  published: boolean;
  canPublish: boolean;
  cancelHref: string;
}

/** An entry's text in one language: edited, or translated (as a draft, or published by those who may). */
export function EntryVersionForm(props: Props) {
  const t = useTranslations("Newsroom.live");
  const tForms = useTranslations("Forms");
  const initial: EntryFormState = {
    values: { target: props.target, ...props.values },
    errors: {},
    image: null,
    problem: null,
    done: null,
  };
  const [state, action, pending] = useActionState(saveEntryVersionAction, initial);
  const prefix = `entry-${props.entryId}-${props.target}`;
  const errors = useEntrySummaryErrors(prefix, state.errors);
  return (
    <form key={JSON.stringify(state)} action={action} className="newsroom-form" noValidate>
      <ErrorSummary title={tForms("errorSummary")} errors={errors} attempt={state} />
      {state.problem && state.problem !== "invalid" ? (
        <p className="form-error" role="alert">
          {t(`problems.${state.problem}`)}
        </p>
      ) : null}
      <input type="hidden" name="uiLocale" value={props.uiLocale} />
      <input type="hidden" name="storyId" value={props.storyId} />
      <input type="hidden" name="entryId" value={props.entryId} />
      <input type="hidden" name="target" value={props.target} />
      <input type="hidden" name="revision" value={props.revision} />
      <EntryFields
        idPrefix={prefix}
        target={props.target}
        values={state.values}
        errors={state.errors}
        image={
          props.isSource
            ? { kind: "upload", kept: state.image, current: props.image }
            : props.image
              ? { kind: "captionOnly", current: props.image }
              : { kind: "none" }
        }
        autoFocus
      />
      <div className="form-actions">
        {!props.published ? (
          <button type="submit" name="publish" value="0" disabled={pending}>
            {t("saveDraft")}
          </button>
        ) : null}
        {props.canPublish ? (
          <button type="submit" name="publish" value="1" disabled={pending}>
            {t("publish")}
          </button>
        ) : null}
        <a href={props.cancelHref}>{t("cancel")}</a>
      </div>
    </form>
  );
}
