"use client";

import { useTranslations, type Locale } from "next-intl";
import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EntryFields, useEntrySummaryErrors } from "@/components/newsroom/live/entry-fields";
import { postEntryAction, type EntryFormState } from "@/lib/actions/newsroom/live-actions";

interface Props {
  uiLocale: Locale;
  storyId: number;
  /** The languages this member may post in, the story's own first. */
  targets: Locale[];
  languageNames: Record<Locale, string>;
}

/**
 * The composer: a language, an optional title, the text, and Post. The
 * entry is on the page in that language as soon as it is posted; the form
 * comes back empty, focused for the next one, or, refused, as typed.
 */
export function LiveComposer({ uiLocale, storyId, targets, languageNames }: Props) {
  const t = useTranslations("Newsroom.live");
  const tForms = useTranslations("Forms");
  const initial: EntryFormState = {
    values: { target: targets[0]!, title: "", body: "", imageCaption: "", imageAlt: "" },
    errors: {},
    image: null,
    problem: null,
    done: null,
  };
  const [state, action, pending] = useActionState(postEntryAction, initial);
  const [target, setTarget] = useState<Locale>(state.values.target);
  const errors = useEntrySummaryErrors("composer", state.errors);
  return (
    <form key={JSON.stringify(state)} action={action} className="newsroom-form live-composer" noValidate>
      <ErrorSummary title={tForms("errorSummary")} errors={errors} attempt={state} />
      {state.problem && state.problem !== "invalid" ? (
        <p className="form-error" role="alert">
          {t(`problems.${state.problem}`)}
        </p>
      ) : null}
      <p role="status" className="live-composer__status">
        {state.done ? t("posted", { language: languageNames[state.values.target] }) : ""}
      </p>
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="storyId" value={storyId} />
      {targets.length > 1 ? (
        <div className="field">
          <label htmlFor="composer-target">{t("language")}</label>
          <select
            id="composer-target"
            name="target"
            defaultValue={state.values.target}
            onChange={(event) => setTarget(event.currentTarget.value as Locale)}
          >
            {targets.map((locale) => (
              <option key={locale} value={locale}>
                {languageNames[locale]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="target" value={targets[0]} />
      )}
      <EntryFields
        idPrefix="composer"
        target={target}
        values={state.values}
        errors={state.errors}
        image={{ kind: "upload", kept: state.image, current: null }}
        focusWhenFree
        submitOnModEnter
      />
      <button type="submit" disabled={pending}>
        {t("post")}
      </button>
    </form>
  );
}
