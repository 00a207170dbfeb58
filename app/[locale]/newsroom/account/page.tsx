import { forbidden, notFound } from "next/navigation";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { memberNameOf } from "@/lib/newsroom/people/member-names";
import { loadMemberProfile } from "@/lib/newsroom/people/member-profile";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import { PROFILE_DONE, ProfileScreen } from "@/components/newsroom/screens/profile-screen";

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/newsroom/account">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.account);
  const query = await searchParams;
  const asked = typeof query.member === "string" ? query.member.slice(0, 100) : null;
  // Another member's profile is an admin's to see and change.
  const memberId = asked && asked !== user.id ? asked : user.id;
  if (memberId !== user.id && !can(user, { type: "users.manage" })) forbidden();
  const profile = await loadMemberProfile(memberId);
  if (!profile) notFound();
  const other = memberId === user.id ? null : await memberNameOf(memberId, locale);
  return (
    <ProfileScreen
      locale={locale}
      profile={profile}
      other={other}
      viewerGender={messageGender(user.gender)}
      {...outcomeFrom(query, PROFILE_DONE, [])}
    />
  );
}
