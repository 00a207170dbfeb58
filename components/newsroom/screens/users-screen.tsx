import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ACCOUNT_LIMITS } from "@/lib/newsroom/create-user";
import { ROLES } from "@/lib/newsroom/roles";
import type { UserRow } from "@/lib/newsroom/users";
import { changeRoleAction, setAccessAction } from "@/actions/newsroom/user-actions";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { LocaleCheckboxes } from "@/components/newsroom/locale-checkboxes";
import { NewUserForm } from "@/components/newsroom/new-user-form";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { UserAccessForm } from "@/components/newsroom/user-access-form";

export const USERS_DONE = ["role", "add", "disable", "enable"] as const;
export const USERS_PROBLEMS = [
  "forbidden",
  "not-found",
  "invalid",
  "last-admin",
  "taken",
  "self",
  "unconfirmed",
] as const;

interface Props {
  locale: AppLocale;
  /** The admin looking, who may not disable themselves. */
  myId: string;
  users: UserRow[];
  done: (typeof USERS_DONE)[number] | null;
  problem: (typeof USERS_PROBLEMS)[number] | null;
}

/** Every newsroom member with their role, languages and access, and the form to add one. */
export async function UsersScreen({ locale, myId, users, done, problem }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <>
      <h1>{t("users.title")}</h1>
      <OutcomeNotice
        done={done && t(`users.done.${done}`)}
        problem={problem && t(`users.problem.${problem}`, { min: ACCOUNT_LIMITS.passwordMin })}
      />
      <NewsroomTable
        columns={[t("users.name"), t("users.email"), t("users.roleAndLanguages"), t("users.access")]}
      >
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
                  <ChoiceOptions choices={roles} />
                </select>
                <LocaleCheckboxes checked={user.locales} />
                <button type="submit">{t("users.saveRole")}</button>
              </form>
            </td>
            <td>
              <UserAccessForm
                locale={locale}
                userId={user.id}
                disabled={user.disabled}
                isSelf={user.id === myId}
                action={setAccessAction}
              />
            </td>
          </tr>
        ))}
      </NewsroomTable>
      <h2>{t("users.add")}</h2>
      <NewUserForm locale={locale} />
    </>
  );
}
