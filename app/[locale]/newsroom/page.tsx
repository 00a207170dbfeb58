import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { can } from "@/lib/newsroom/access/permissions";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { listNewsroomStories, listSectionChoices, storyFilterFrom } from "@/lib/newsroom/lists/story-table";
import { scheduleFailures } from "@/lib/newsroom/schedule/schedule-failures";
import { StoriesScreen } from "@/components/newsroom/screens/stories-screen";

export default async function NewsroomHome({ params, searchParams }: PageProps<"/[locale]/newsroom">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.home);
  const query = await searchParams;
  const filter = storyFilterFrom(query);
  const [list, sections, failures] = await Promise.all([
    listNewsroomStories(locale, filter),
    listSectionChoices(locale, "all"),
    scheduleFailures(user, locale),
  ]);
  return (
    <StoriesScreen
      locale={locale}
      mayCreate={can(user, { type: "story.create" })}
      filter={filter}
      list={list}
      sections={sections}
      failures={failures}
      dismissed={query.done === "dismissed"}
    />
  );
}
