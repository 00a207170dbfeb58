import { enterNewsroomPage } from "@/lib/newsroom/guard";
import { can } from "@/lib/newsroom/permissions";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { listNewsroomStories, listSectionChoices, storyFilterFrom } from "@/lib/newsroom/story-table";
import { scheduleFailures } from "@/lib/newsroom/schedule-failures";
import { StoriesScreen } from "@/components/newsroom/screens/stories-screen";

export default async function NewsroomHome({ params, searchParams }: PageProps<"/[locale]/newsroom">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.home);
  const query = await searchParams;
  const filter = storyFilterFrom(query);
  const [list, sections, failures] = await Promise.all([
    listNewsroomStories(locale, filter),
    listSectionChoices(locale),
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
