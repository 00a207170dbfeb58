import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull, localeOrNull } from "@/lib/form-values";
import { siteFormat } from "@/lib/format/reader-format";
import { requirePage } from "@/lib/newsroom/guard";
import { outcomeFrom } from "@/lib/newsroom/outcome";
import { scheduleFormOutcome } from "@/lib/newsroom/schedule-form";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { loadStoryForEditing } from "@/lib/newsroom/story-editor-data";
import { correctableNotes } from "@/lib/newsroom/corrections";
import { scheduleFailures } from "@/lib/newsroom/schedule-failures";
import { resolveLocale } from "@/lib/request-locale";
import { typedDetails } from "@/lib/newsroom/typed-details";
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
      typed={outcome.problem ? typedDetails(query) : null}
      {...outcome}
      confirmUnpublish={localeOrNull(query.unpublish)}
      corrections={await correctableNotes(user, story)}
      schedule={scheduleFormOutcome(query, siteFormat.timeZone)}
      failures={user ? await scheduleFailures(user, locale, story.id) : []}
    />
  );
}
