import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { loadInbox, mutedKinds } from "@/lib/notifications/inbox";
import { INBOX_DONE, InboxScreen } from "@/components/newsroom/screens/inbox-screen";

export default async function InboxPage({ params, searchParams }: PageProps<"/[locale]/newsroom/inbox">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.inbox);
  const { done } = outcomeFrom(await searchParams, INBOX_DONE, []);
  const [items, muted] = await Promise.all([loadInbox(user.id, locale), mutedKinds(user.id)]);
  return <InboxScreen locale={locale} items={items} muted={muted} done={done} />;
}
