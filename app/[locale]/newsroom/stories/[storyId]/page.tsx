import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { siteFormat } from "@/lib/format/reader-format";
import { requirePage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { scheduleFormOutcome } from "@/lib/newsroom/schedule/schedule-form";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { loadStoryForEditing } from "@/lib/newsroom/editor/story-editor-data";
import { correctableNotes } from "@/lib/newsroom/workflow/corrections";
import { scheduleFailures } from "@/lib/newsroom/schedule/schedule-failures";
import { resolveLocale } from "@/lib/locale/request-locale";
import { enteredDetails } from "@/lib/newsroom/forms/entered-details";
import {
  STORY_DONE,
  STORY_PROBLEMS,
  StoryOverviewScreen,
} from "@/components/newsroom/screens/story-overview-screen";

export default async function StoryOverview({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/stories/[storyId]">) {
  const locale = await resolveLocale(params);
  const storyId = idOrNull((await params).storyId);
  await requirePage(locale, { type: "newsroom.enter" }, newsroomPaths.home(locale));
  const story = storyId === null ? null : await loadStoryForEditing(storyId, locale);
  if (!story) notFound();
  const query = await searchParams;
  const user = await currentUser();
  const outcome = outcomeFrom(query, STORY_DONE, STORY_PROBLEMS);
  return (
    <StoryOverviewScreen
      locale={locale}
      user={user}
      story={story}
      typed={outcome.problem ? enteredDetails(query) : null}
      {...outcome}
      confirmUnpublish={localeOrNull(query.unpublish)}
      corrections={await correctableNotes(user, story)}
      schedule={scheduleFormOutcome(query, siteFormat.timeZone)}
      failures={user ? await scheduleFailures(user, locale, story.id) : []}
    />
  );
}
