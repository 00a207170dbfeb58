import { currentUser } from "@/lib/auth/current-user";
import { parseCommentFilters } from "@/lib/comments/moderation-filters";
import { commentedStories, listModeratedComments } from "@/lib/comments/moderation-list";
import { moderationMode } from "@/lib/comments/settings";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import { MODERATION_DONE, ModerationScreen } from "@/components/newsroom/screens/moderation-screen";

export default async function ModerationPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/comments">) {
  const { locale } = await enterNewsroomPage(params, { type: "comments.moderate" }, newsroomPaths.comments);
  const query = await searchParams;
  const filters = parseCommentFilters(query);
  const [list, stories, mode, user] = await Promise.all([
    listModeratedComments(filters),
    commentedStories(locale),
    moderationMode(),
    currentUser(),
  ]);
  const changed = Number(
    typeof query.changed === "string" && /^[0-9]{1,3}$/.test(query.changed) ? query.changed : 0,
  );
  return (
    <ModerationScreen
      locale={locale}
      comments={list.comments}
      filters={{ ...filters, page: list.page }}
      stories={stories}
      page={list.page}
      pageCount={list.pageCount}
      total={list.total}
      mode={mode}
      mayChangeMode={can(user, { type: "settings.manage" })}
      done={outcomeFrom(query, MODERATION_DONE, []).done}
      changed={changed}
      problem={
        query.problem === "none-chosen" ? "none-chosen" : typeof query.problem === "string" ? "other" : null
      }
    />
  );
}
