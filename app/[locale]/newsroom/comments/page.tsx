import { currentUser } from "@/lib/auth/current-user";
import { moderationQueue } from "@/lib/comments/moderation";
import { moderationMode } from "@/lib/comments/settings";
import { enterNewsroomPage } from "@/lib/newsroom/guard";
import { outcomeFrom } from "@/lib/newsroom/outcome";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { can } from "@/lib/newsroom/permissions";
import type { NewsroomPageProps } from "@/lib/newsroom/route-params";
import { MODERATION_DONE, ModerationScreen } from "@/components/newsroom/screens/moderation-screen";

export default async function ModerationPage({ params, searchParams }: NewsroomPageProps) {
  const { locale } = await enterNewsroomPage(params, { type: "comments.moderate" }, newsroomPaths.comments);
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
