import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ACCOUNT_LIMITS } from "@/lib/newsroom/create-user";
import { ROLES } from "@/lib/newsroom/roles";
import { addUserAction } from "@/actions/newsroom/user-actions";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { LocaleCheckboxes } from "@/components/newsroom/locale-checkboxes";

/** An admin adds a newsroom member: name, email, a first password, role and languages. */
export async function NewUserForm({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <form action={addUserAction} className="newsroom-form newsroom-narrow">
      <input type="hidden" name="uiLocale" value={locale} />
      <div className="field">
        <label htmlFor="new-name">{t("users.name")}</label>
        <input id="new-name" name="name" required maxLength={ACCOUNT_LIMITS.name} dir="auto" />
      </div>
      <div className="field">
        <label htmlFor="new-email">{t("users.email")}</label>
        <input id="new-email" name="email" type="email" required maxLength={ACCOUNT_LIMITS.email} dir="ltr" />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("users.password", { min: ACCOUNT_LIMITS.passwordMin })}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={ACCOUNT_LIMITS.passwordMin}
          maxLength={ACCOUNT_LIMITS.passwordMax}
          dir="ltr"
        />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("users.role")}</label>
        <select id="new-role" name="role" defaultValue="TRANSLATOR">
          <ChoiceOptions choices={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </select>
      </div>
      <fieldset className="field">
        <legend>{t("users.languages")}</legend>
        <LocaleCheckboxes />
      </fieldset>
      <button type="submit">{t("users.create")}</button>
    </form>
  );
}
