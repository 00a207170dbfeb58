import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { ROLES } from "@/lib/newsroom/roles";
import { listUsers } from "@/lib/newsroom/users";
import { ACCOUNT_LIMITS } from "@/lib/newsroom/create-user";
import { resolveLocale } from "@/lib/request-locale";
import { addUserAction, changeRoleAction, setAccessAction } from "@/actions/newsroom/user-actions";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { UserAccessForm } from "@/components/newsroom/user-access-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PROBLEMS = ["forbidden", "not-found", "invalid", "last-admin", "taken", "self", "unconfirmed"] as const;
const DONE = ["role", "add", "disable", "enable"] as const;

export default async function UsersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const me = await requirePage(locale, { type: "users.manage" }, newsroomPaths.users(locale));
  const users = await listUsers();
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const query = await searchParams;
  const done = DONE.find((kind) => kind === query.done) ?? null;
  const problem = PROBLEMS.find((kind) => kind === query.problem) ?? null;
  const accessLabels = {
    active: t("users.active"),
    disabled: t("users.disabled"),
    you: t("users.you"),
    disable: t("users.disable"),
    enable: t("users.enable"),
    confirm: t("users.confirmDisable"),
  };
  return (
    <>
      <h1>{t("users.title")}</h1>
      <OutcomeNotice
        done={done && t(`users.done.${done}`)}
        problem={problem && t(`users.problem.${problem}`, { min: ACCOUNT_LIMITS.passwordMin })}
      />
      <table className="newsroom-table">
        <thead>
          <tr>
            <th scope="col">{t("users.name")}</th>
            <th scope="col">{t("users.email")}</th>
            <th scope="col">{t("users.roleAndLanguages")}</th>
            <th scope="col">{t("users.access")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-email={user.email}>
              <td>
                <bdi>{user.name}</bdi>
              </td>
              <td dir="ltr">{user.email}</td>
              <td>
                <form action={changeRoleAction} className="row-actions">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="userId" value={user.id} />
                  <select name="role" defaultValue={user.role} aria-label={t("users.role")}>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                  {routing.locales.map((option) => (
                    <label key={option}>
                      <input
                        type="checkbox"
                        name="locales"
                        value={option}
                        defaultChecked={user.locales.includes(option)}
                      />{" "}
                      {t(`locales.${option}`)}
                    </label>
                  ))}
                  <button type="submit">{t("users.saveRole")}</button>
                </form>
              </td>
              <td>
                <UserAccessForm
                  locale={locale}
                  userId={user.id}
                  disabled={user.disabled}
                  isSelf={user.id === me.id}
                  action={setAccessAction}
                  labels={accessLabels}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("users.add")}</h2>
      <form action={addUserAction} className="newsroom-form newsroom-narrow">
        <input type="hidden" name="uiLocale" value={locale} />
        <div className="field">
          <label htmlFor="new-name">{t("users.name")}</label>
          <input id="new-name" name="name" required maxLength={ACCOUNT_LIMITS.name} dir="auto" />
        </div>
        <div className="field">
          <label htmlFor="new-email">{t("users.email")}</label>
          <input id="new-email" name="email" type="email" required dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t("users.password", { min: ACCOUNT_LIMITS.passwordMin })}</label>
          <input
            id="new-password"
            name="password"
            type="password"
            required
            minLength={ACCOUNT_LIMITS.passwordMin}
            dir="ltr"
          />
        </div>
        <div className="field">
          <label htmlFor="new-role">{t("users.role")}</label>
          <select id="new-role" name="role" defaultValue="TRANSLATOR">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("users.languages")}</legend>
          {routing.locales.map((option) => (
            <label key={option}>
              <input type="checkbox" name="locales" value={option} /> {t(`locales.${option}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("users.create")}</button>
      </form>
    </>
  );
}
