import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ACCOUNT_LIMITS } from "@/lib/newsroom/people/create-user";
import { withValues } from "@/i18n/with-values";
import { messageGender, type MessageGender } from "@/lib/newsroom/people/member-name";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { ROLES } from "@/lib/newsroom/access/roles";
import type { UserRow } from "@/lib/newsroom/people/users";
import { changeRoleAction, setAccessAction } from "@/lib/actions/newsroom/user-actions";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { LocaleCheckboxes } from "@/components/newsroom/locale-checkboxes";
import { NewUserForm } from "@/components/newsroom/new-user-form";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { UserAccessForm } from "@/components/newsroom/user-access-form";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import type { EnteredNewUser, EnteredRole, NewUserField } from "@/lib/newsroom/forms/entered-account-forms";

type UsersWords = Awaited<ReturnType<typeof getTranslations<"Newsroom">>>;

/** Each refused field of a new account, worded; the password always asks to be typed again. */
function newUserErrorWords(typed: EnteredNewUser, t: UsersWords): Partial<Record<NewUserField, string>> {
  const min = ACCOUNT_LIMITS.passwordMin;
  return {
    name: typed.errors.includes("name") ? t("users.errors.name") : undefined,
    email: typed.taken
      ? t("users.problem.taken")
      : typed.errors.includes("email")
        ? t("users.errors.email")
        : undefined,
    password: typed.errors.includes("password")
      ? t("users.errors.password", { min })
      : t("users.errors.passwordAgain"),
  };
}

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
  locale: Locale;
  /** The admin looking, who may not disable themselves. */
  myId: string;
  viewerGender: MessageGender;
  users: UserRow[];
  done: (typeof USERS_DONE)[number] | null;
  problem: (typeof USERS_PROBLEMS)[number] | null;
  /** A refused new account, as typed (without its password). */
  enteredNewUser: EnteredNewUser | null;
  /** A refused role change, as chosen. */
  enteredRole: EnteredRole | null;
}

/** Every newsroom member with their role, languages and access, and the form to add one. */
export async function UsersScreen(props: Props) {
  const { locale, myId, viewerGender, users, done, problem, enteredNewUser, enteredRole } = props;
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom" }), { viewerGender });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const problemText = problem && t(`users.problem.${problem}`, { min: ACCOUNT_LIMITS.passwordMin });
  const newUserErrors = enteredNewUser ? newUserErrorWords(enteredNewUser, t) : {};
  const summary: SummaryError[] = enteredNewUser
    ? (["name", "email", "password"] as const).flatMap((field) => {
        const text = newUserErrors[field];
        const label = t(`users.${field}`, { min: ACCOUNT_LIMITS.passwordMin });
        return text ? [{ field: `new-${field}`, label, text }] : [];
      })
    : enteredRole && problemText
      ? [{ field: `role-${enteredRole.userId}`, label: t("users.role"), text: problemText }]
      : [];
  return (
    <>
      <h1>{t("users.title")}</h1>
      <ErrorSummary title={forms("errorSummary")} errors={summary} />
      <OutcomeNotice done={done && t(`users.done.${done}`)} problem={summary.length ? null : problemText} />
      <NewsroomTable
        columns={[
          t("users.name"),
          t("users.displayNames"),
          t("users.email"),
          t("users.roleAndLanguages"),
          t("users.access"),
        ]}
      >
        {users.map((user) => {
          const chosen = enteredRole?.userId === user.id ? enteredRole : user;
          const memberGender = messageGender(user.gender);
          const displayNames = Object.entries(user.displayNames) as [Locale, string][];
          return (
            <tr key={user.id} data-email={user.email}>
              <td>
                <bdi>{user.name}</bdi>
              </td>
              <td className="user-display-names">
                {displayNames.length > 0 ? (
                  <dl>
                    {displayNames.map(([language, name]) => (
                      <div key={language}>
                        <dt>{t(`locales.${language}`)}</dt>
                        <dd lang={language} dir="auto">
                          {name}
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {user.gender ? <p>{t(`account.genders.${user.gender}`)}</p> : null}
                <a href={newsroomPaths.account(locale, user.id === myId ? undefined : user.id)}>
                  {t.rich("users.editProfile", {
                    member: user.displayNames[locale] || user.name,
                    memberGender,
                    who: (chunks) => <bdi>{chunks}</bdi>,
                  })}
                </a>
              </td>
              <td dir="ltr">{user.email}</td>
              <td>
                <form action={changeRoleAction} className="row-actions">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="userId" value={user.id} />
                  <select
                    id={`role-${user.id}`}
                    name="role"
                    defaultValue={chosen.role}
                    aria-label={t("users.role")}
                  >
                    <ChoiceOptions choices={roles} />
                  </select>
                  <LocaleCheckboxes checked={chosen.locales} />
                  <button type="submit">{t("users.saveRole")}</button>
                </form>
              </td>
              <td>
                <UserAccessForm
                  locale={locale}
                  userId={user.id}
                  disabled={user.disabled}
                  isSelf={user.id === myId}
                  memberGender={memberGender}
                  viewerGender={viewerGender}
                  action={setAccessAction}
                />
              </td>
            </tr>
          );
        })}
      </NewsroomTable>
      <h2>{t("users.add")}</h2>
      <NewUserForm locale={locale} typed={enteredNewUser} errors={newUserErrors} />
    </>
  );
}
