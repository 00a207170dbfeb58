import { enterNewsroomPage } from "@/lib/newsroom/guard";
import { can } from "@/lib/newsroom/permissions";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { listNewsroomStories, listSectionChoices, storyFilterFrom } from "@/lib/newsroom/story-table";
import type { NewsroomPageProps } from "@/lib/newsroom/route-params";
import { StoriesScreen } from "@/components/newsroom/screens/stories-screen";

export default async function NewsroomHome({ params, searchParams }: NewsroomPageProps) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.home);
  const filter = storyFilterFrom(await searchParams);
  const [list, sections] = await Promise.all([
    listNewsroomStories(locale, filter),
    listSectionChoices(locale),
  ]);
  return (
    <StoriesScreen
      locale={locale}
      mayCreate={can(user, { type: "story.create" })}
      filter={filter}
      list={list}
      sections={sections}
    />
  );
}
