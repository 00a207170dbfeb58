import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import type { MemberProfile } from "@/lib/newsroom/people/member-profile";
import { messageGender, type MessageGender } from "@/lib/newsroom/people/member-name";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { ClientMessages } from "@/components/client-messages";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { ProfileForm } from "@/components/newsroom/profile-form";

export const PROFILE_DONE = ["saved", "savedOther"] as const;

interface Props {
  locale: Locale;
  profile: MemberProfile;
  /** Whose profile: the viewer's own, or (for an admin) another member's, named for this newsroom. */
  other: { name: string } | null;
  viewerGender: MessageGender;
  done: (typeof PROFILE_DONE)[number] | null;
}

/** How the newsroom names a member and writes to them: their own page, or an admin's view of another's. */
export async function ProfileScreen({ locale, profile, other, viewerGender, done }: Props) {
  const memberGender = other ? messageGender(profile.gender || null) : viewerGender;
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom" }), {
    viewerGender,
    memberGender,
  });
  return (
    <div className="newsroom-narrow profile">
      {other ? (
        <p>
          <a href={newsroomPaths.users(locale)}>{t("account.back")}</a>
        </p>
      ) : null}
      <h1>
        {other
          ? t.rich("account.titleOther", { member: other.name, who: (chunks) => <bdi>{chunks}</bdi> })
          : t("account.title")}
      </h1>
      <p>{other ? t("account.introOther") : t("account.intro")}</p>
      <p className="field-hint">
        <bdi>{profile.accountName}</bdi> · <span dir="ltr">{profile.email}</span>
      </p>
      <OutcomeNotice done={done && t(`account.done.${done}`)} />
      <ClientMessages locale={locale} namespaces={["Forms", "Newsroom.account", "Newsroom.locales"]}>
        <ProfileForm
          uiLocale={locale}
          profile={profile}
          member={other ? { id: profile.id, gender: memberGender } : null}
        />
      </ClientMessages>
    </div>
  );
}
