import { requirePage } from "@/lib/newsroom/guard";
import { can } from "@/lib/newsroom/permissions";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { listNewsroomStories, listSectionChoices, storyFilterFrom } from "@/lib/newsroom/story-table";
import { resolveLocale } from "@/lib/request-locale";
import { StoriesScreen } from "@/components/newsroom/screens/stories-screen";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NewsroomHome({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePage(locale, { type: "newsroom.enter" }, newsroomPaths.home(locale));
  const filter = storyFilterFrom(await searchParams);
  const [rows, sections] = await Promise.all([
    listNewsroomStories(locale, filter),
    listSectionChoices(locale),
  ]);
  return (
    <StoriesScreen
      locale={locale}
      mayCreate={can(user, { type: "story.create" })}
      filter={filter}
      rows={rows}
      sections={sections}
    />
  );
}
