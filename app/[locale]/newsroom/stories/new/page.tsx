import { requirePage } from "@/lib/newsroom/guard";
import { imageLibrary } from "@/lib/newsroom/media";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { authorChoices } from "@/lib/newsroom/story-details";
import { listSectionChoices } from "@/lib/newsroom/story-table";
import { resolveLocale } from "@/lib/request-locale";
import { NewStoryScreen } from "@/components/newsroom/screens/new-story-screen";

type Props = { params: Promise<{ locale: string }> };

export default async function NewStoryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "story.create" }, newsroomPaths.newStory(locale));
  const [sections, authors, library] = await Promise.all([
    listSectionChoices(locale),
    authorChoices(locale),
    imageLibrary(),
  ]);
  return <NewStoryScreen locale={locale} sections={sections} authors={authors} library={library} />;
}
