"use client";

import { useTranslations, type Locale } from "next-intl";
import { useActionState } from "react";
import { routing } from "@/i18n/routing";
import { withValues } from "@/i18n/with-values";
import { saveProfileAction, type ProfileFormState } from "@/lib/actions/newsroom/profile-actions";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import { DISPLAY_NAME_MAX, nameField, type ProfileValues } from "@/lib/newsroom/people/profile-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";
import { useViewerGender } from "@/components/newsroom/viewer-gender";

interface Props {
  uiLocale: Locale;
  profile: ProfileValues;
  /** Set when an admin edits another member: only their names and gender, then. */
  member: { id: string; gender: MessageGender } | null;
}

const GENDER_CHOICES = ["FEMININE", "MASCULINE", ""] as const;
const EMAIL_CHOICES = [...routing.locales, ""] as const;

/**
 * A member's display names, grammatical gender and email settings. A plain
 * form posting to a Server Action: a refusal comes back with everything
 * typed and chosen, with JavaScript or without (the page renders the answer).
 */
export function ProfileForm({ uiLocale, profile, member }: Props) {
  const [state, action, pending] = useActionState(saveProfileAction, {
    values: profile,
    errors: {},
    problem: null,
  } satisfies ProfileFormState);
  const viewerGender = useViewerGender();
  const t = withValues(useTranslations("Newsroom.account"), {
    viewerGender,
    memberGender: member?.gender ?? viewerGender,
  });
  const tForms = useTranslations("Forms");
  const tLocales = useTranslations("Newsroom.locales");
  const id = (name: string) => `profile-${name}`;
  const errorText = (locale: Locale) => {
    const error = state.errors[locale];
    return error ? t(`errors.${error}`, { max: DISPLAY_NAME_MAX }) : undefined;
  };
  const summary = routing.locales.flatMap((locale) => {
    const text = errorText(locale);
    return text ? [{ field: id(nameField(locale)), label: t(`nameIn.${locale}`), text }] : [];
  });
  const { values } = state;
  return (
    // A new key per answer, so the fields show a refused profile as it came back.
    <form key={JSON.stringify(state)} action={action} className="newsroom-form profile-form" noValidate>
      <ErrorSummary title={tForms("errorSummary")} errors={summary} attempt={state} />
      {state.problem && state.problem !== "invalid" ? (
        <p className="form-error" role="alert">
          {t(`problem.${state.problem}`)}
        </p>
      ) : null}
      <input type="hidden" name="uiLocale" value={uiLocale} />
      {member ? <input type="hidden" name="member" value={member.id} /> : null}
      <fieldset>
        <legend>{t("names")}</legend>
        {routing.locales.map((locale) => (
          <FormField
            key={locale}
            id={id(nameField(locale))}
            label={t(`nameIn.${locale}`)}
            hint={t("nameHint", { max: DISPLAY_NAME_MAX })}
            error={errorText(locale)}
          >
            {(control) => (
              <input
                {...control}
                name={nameField(locale)}
                lang={locale}
                dir="auto"
                autoComplete="off"
                defaultValue={values.names[locale]}
              />
            )}
          </FormField>
        ))}
      </fieldset>
      <fieldset aria-describedby={id("gender-hint")}>
        <legend>{t("gender")}</legend>
        <p id={id("gender-hint")} className="field-hint">
          {t("genderHint")}
        </p>
        {GENDER_CHOICES.map((gender) => (
          <label key={gender || "unset"} className="choice">
            <input type="radio" name="gender" value={gender} defaultChecked={values.gender === gender} />{" "}
            {t(`genders.${gender || "unset"}`)}
          </label>
        ))}
      </fieldset>
      {member ? null : (
        <fieldset>
          <legend>{t("emails")}</legend>
          <div className="field">
            <label htmlFor={id("newsroomLocale")}>{t("emailLanguage")}</label>
            <select id={id("newsroomLocale")} name="newsroomLocale" defaultValue={values.newsroomLocale}>
              {EMAIL_CHOICES.map((locale) => (
                <option key={locale || "auto"} value={locale}>
                  {locale ? tLocales(locale) : t("emailLanguages.auto")}
                </option>
              ))}
            </select>
          </div>
          <p className="field">
            <label className="choice">
              <input
                type="checkbox"
                name="emailNotifications"
                aria-describedby={id("emailNotifications-hint")}
                defaultChecked={values.emailNotifications}
              />{" "}
              {t("emailNotifications")}
            </label>
            <span id={id("emailNotifications-hint")} className="field-hint">
              {t("emailNotificationsHint")}
            </span>
          </p>
        </fieldset>
      )}
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
