import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { listUsers } from "@/lib/newsroom/people/users";
import { enteredNewUser, enteredRole } from "@/lib/newsroom/forms/entered-account-forms";
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
      enteredNewUser={outcome.problem ? enteredNewUser(query) : null}
      enteredRole={outcome.problem ? enteredRole(query) : null}
      {...outcome}
    />
  );
}
