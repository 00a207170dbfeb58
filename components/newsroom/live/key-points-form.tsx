"use client";

import { useTranslations, type Locale } from "next-intl";
import { useActionState } from "react";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";
import { useCountText } from "@/components/newsroom/use-count-text";
import { useFieldErrorText } from "@/components/newsroom/use-field-error-text";
import { keyPointsAction, type KeyPointsFormState } from "@/lib/actions/newsroom/live-actions";
import { ENTRY_LIMITS } from "@/lib/live/live-entry-fields";
import { localeFacts } from "@/lib/locale/locale-facts";

interface Props {
  uiLocale: Locale;
  storyId: number;
  target: Locale;
  keyPoints: string;
  languageName: string;
}

/** The key points above one language's entries. */
export function KeyPointsForm({ uiLocale, storyId, target, keyPoints, languageName }: Props) {
  const t = useTranslations("Newsroom.live");
  const tForms = useTranslations("Forms");
  const errorText = useFieldErrorText();
  const countText = useCountText();
  const initial: KeyPointsFormState = { target, keyPoints, error: null, problem: null, saved: false };
  const [state, action, pending] = useActionState(keyPointsAction, initial);
  const id = `key-points-${target}`;
  return (
    <form key={JSON.stringify(state)} action={action} className="newsroom-form key-points-form" noValidate>
      <ErrorSummary
        title={tForms("errorSummary")}
        errors={
          state.error
            ? [{ field: id, label: t("keyPoints", { language: languageName }), text: errorText(state.error) }]
            : []
        }
        attempt={state}
      />
      {state.problem && state.problem !== "invalid" ? (
        <p className="form-error" role="alert">
          {t(`problems.${state.problem}`)}
        </p>
      ) : null}
      <p role="status">{state.saved ? t("keyPointsSaved") : ""}</p>
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="target" value={target} />
      <FormField
        id={id}
        label={t("keyPoints", { language: languageName })}
        hint={t("keyPointsHint")}
        error={state.error ? errorText(state.error) : undefined}
        count={<CharacterCount fieldId={id} max={ENTRY_LIMITS.keyPoints} text={countText} />}
      >
        {(control) => (
          <textarea
            {...control}
            name="keyPoints"
            rows={4}
            lang={target}
            dir={localeFacts(target).dir}
            defaultValue={state.keyPoints}
          />
        )}
      </FormField>
      <button type="submit" disabled={pending}>
        {t("saveKeyPoints")}
      </button>
    </form>
  );
}
