import { enterNewsroomPage } from "@/lib/newsroom/guard";
import { outcomeFrom } from "@/lib/newsroom/outcome";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { messageGender } from "@/lib/newsroom/member-name";
import { listUsers } from "@/lib/newsroom/users";
import { typedNewUser, typedRole } from "@/lib/newsroom/typed-users";
import { USERS_DONE, USERS_PROBLEMS, UsersScreen } from "@/components/newsroom/screens/users-screen";

export default async function UsersPage({ params, searchParams }: PageProps<"/[locale]/newsroom/users">) {
  const { locale, user: me } = await enterNewsroomPage(params, { type: "users.manage" }, newsroomPaths.users);
  const users = await listUsers();
  const query = await searchParams;
  const outcome = outcomeFrom(query, USERS_DONE, USERS_PROBLEMS);
  return (
    <UsersScreen
      locale={locale}
      myId={me.id}
      viewerGender={messageGender(me.gender)}
      users={users}
      typedNewUser={outcome.problem ? typedNewUser(query) : null}
      typedRole={outcome.problem ? typedRole(query) : null}
      {...outcome}
    />
  );
}
