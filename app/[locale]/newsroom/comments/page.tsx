import { currentUser } from "@/lib/auth/current-user";
import { moderationQueue } from "@/lib/comments/moderation";
import { moderationMode } from "@/lib/comments/settings";
import { requirePage } from "@/lib/newsroom/guard";
import { outcomeFrom } from "@/lib/newsroom/outcome";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { can } from "@/lib/newsroom/permissions";
import { resolveLocale } from "@/lib/request-locale";
import { MODERATION_DONE, ModerationScreen } from "@/components/newsroom/screens/moderation-screen";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "comments.moderate" }, newsroomPaths.comments(locale));
  const [queue, mode, user] = await Promise.all([moderationQueue(), moderationMode(), currentUser()]);
  const query = await searchParams;
  return (
    <ModerationScreen
      locale={locale}
      queue={queue}
      mode={mode}
      mayChangeMode={can(user, { type: "settings.manage" })}
      done={outcomeFrom(query, MODERATION_DONE, []).done}
      problem={typeof query.problem === "string"}
    />
  );
}
