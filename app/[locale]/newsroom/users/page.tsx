import { requirePage } from "@/lib/newsroom/guard";
import { outcomeFrom } from "@/lib/newsroom/outcome";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { listUsers } from "@/lib/newsroom/users";
import { resolveLocale } from "@/lib/request-locale";
import { USERS_DONE, USERS_PROBLEMS, UsersScreen } from "@/components/newsroom/screens/users-screen";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function UsersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const me = await requirePage(locale, { type: "users.manage" }, newsroomPaths.users(locale));
  const users = await listUsers();
  const outcome = outcomeFrom(await searchParams, USERS_DONE, USERS_PROBLEMS);
  return <UsersScreen locale={locale} myId={me.id} users={users} {...outcome} />;
}
