import { useTranslations } from "next-intl";
import { withValues } from "@/i18n/with-values";
import type { MessageGender } from "@/lib/newsroom/people/member-name";

interface Props {
  locale: string;
  userId: string;
  disabled: boolean;
  isSelf: boolean;
  /** The member's grammatical gender and the viewer's, for the words that refer to them. */
  memberGender: MessageGender;
  viewerGender: MessageGender;
  action: (form: FormData) => Promise<void>;
}

/**
 * A member's access: disabling needs the confirm box ticked (the browser
 * refuses to submit without it, and the server checks it again), so it is a
 * deliberate second step even without JavaScript. An admin never sees the
 * button on their own row.
 */
export function UserAccessForm(props: Props) {
  const { locale, userId, disabled, isSelf, action } = props;
  const t = withValues(useTranslations("Newsroom.users"), {
    memberGender: props.memberGender,
    viewerGender: props.viewerGender,
  });
  if (isSelf) return <span>{t("you")}</span>;
  return (
    <form action={action} className="row-actions">
      <input type="hidden" name="uiLocale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "0" : "1"} />
      <span className="badge" data-state={disabled ? "disabled" : "active"}>
        {disabled ? t("disabled") : t("active")}
      </span>
      {disabled ? null : (
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {t("confirmDisable")}
        </label>
      )}
      <button type="submit">{disabled ? t("enable") : t("disable")}</button>
    </form>
  );
}
