"use client";

import { useTranslations, type Locale } from "next-intl";
import { withValues } from "@/i18n/with-values";
import { useViewerGender } from "@/components/newsroom/viewer-gender";
import { useActionState } from "react";
import { addCorrectionAction, type CorrectionFormState } from "@/lib/actions/newsroom/correction-actions";
import { CORRECTION_KINDS, CORRECTION_TEXT_MAX } from "@/lib/newsroom/workflow/correction-fields";
import { CharacterCount } from "@/components/forms/character-count";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useCountText } from "@/components/newsroom/use-count-text";
import { FormField } from "@/components/forms/form-field";

interface Props {
  uiLocale: Locale;
  storyId: number;
  target: Locale;
  targetDir: "ltr" | "rtl";
}

const initial: CorrectionFormState = { values: { kind: "correction", text: "" }, error: null, problem: null };

/**
 * Adds a correction or update note under a published version. A refused
 * note comes back in the form as typed, with JavaScript or without (the
 * form then posts to the same Server Action and the page renders its answer).
 */
export function CorrectionForm({ uiLocale, storyId, target, targetDir }: Props) {
  const t = withValues(useTranslations("Newsroom.corrections"), { viewerGender: useViewerGender() });
  const tForms = useTranslations("Forms");
  const countText = useCountText();
  const [state, action, pending] = useActionState(addCorrectionAction, initial);
  const id = (name: string) => `correction-${target}-${name}`;
  const error = state.error ? t(`errors.${state.error}`, { max: CORRECTION_TEXT_MAX }) : undefined;
  return (
    // A new key per answer, so the fields show a refused note as it came back.
    <form key={JSON.stringify(state)} action={action} className="newsroom-form correction-form" noValidate>
      <ErrorSummary
        title={tForms("errorSummary")}
        errors={error ? [{ field: id("text"), label: t("text"), text: error }] : []}
        attempt={state}
      />
      {state.problem && state.problem !== "invalid" ? (
        <p className="form-error" role="alert">
          {t(`problems.${state.problem}`)}
        </p>
      ) : null}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="target" value={target} />
      <fieldset className="field">
        <legend>{t("kind")}</legend>
        {CORRECTION_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="kind" value={kind} defaultChecked={state.values.kind === kind} />{" "}
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <FormField
        id={id("text")}
        label={t("text")}
        hint={t("hint", { max: CORRECTION_TEXT_MAX })}
        error={error}
        count={<CharacterCount fieldId={id("text")} max={CORRECTION_TEXT_MAX} text={countText} />}
      >
        {(control) => (
          <textarea
            {...control}
            name="text"
            rows={3}
            lang={target}
            dir={targetDir}
            defaultValue={state.values.text}
          />
        )}
      </FormField>
      <button type="submit" disabled={pending}>
        {t("add")}
      </button>
    </form>
  );
}
