import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ACCOUNT_LIMITS } from "@/lib/newsroom/people/create-user";
import { ROLES } from "@/lib/newsroom/access/roles";
import { addUserAction } from "@/lib/actions/newsroom/user-actions";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { LocaleCheckboxes } from "@/components/newsroom/locale-checkboxes";
import { InputField } from "@/components/forms/text-fields";
import type { NewUserField, EnteredNewUser } from "@/lib/newsroom/forms/entered-account-forms";

interface Props {
  locale: Locale;
  /** What was typed when the server refused it (never the password). */
  typed: EnteredNewUser | null;
  errors: Partial<Record<NewUserField, string>>;
}

/** An admin adds a newsroom member: name, email, a first password, role and languages. */
export async function NewUserForm({ locale, typed, errors }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    // noValidate: the app's own errors in the newsroom's language, not the browser's bubbles.
    <form action={addUserAction} className="newsroom-form newsroom-narrow" noValidate>
      <input type="hidden" name="uiLocale" value={locale} />
      <InputField
        id="new-name"
        label={t("users.name")}
        error={errors.name}
        name="name"
        required
        maxLength={ACCOUNT_LIMITS.name}
        dir="auto"
        defaultValue={typed?.name}
      />
      <InputField
        id="new-email"
        label={t("users.email")}
        error={errors.email}
        name="email"
        type="email"
        required
        maxLength={ACCOUNT_LIMITS.email}
        dir="ltr"
        defaultValue={typed?.email}
      />
      <InputField
        id="new-password"
        label={t("users.password", { min: ACCOUNT_LIMITS.passwordMin })}
        error={errors.password}
        name="password"
        type="password"
        required
        minLength={ACCOUNT_LIMITS.passwordMin}
        maxLength={ACCOUNT_LIMITS.passwordMax}
        dir="ltr"
      />
      <div className="field">
        <label htmlFor="new-role">{t("users.role")}</label>
        <select id="new-role" name="role" defaultValue={typed?.role ?? "TRANSLATOR"}>
          <ChoiceOptions choices={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </select>
      </div>
      <fieldset className="field">
        <legend>{t("users.languages")}</legend>
        <LocaleCheckboxes checked={typed?.locales} />
      </fieldset>
      <button type="submit">{t("users.create")}</button>
    </form>
  );
}
