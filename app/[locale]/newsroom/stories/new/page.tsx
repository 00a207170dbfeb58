import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { imageLibrary } from "@/lib/newsroom/media/image-store";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { authorChoices } from "@/lib/newsroom/editor/story-details";
import { listSectionChoices } from "@/lib/newsroom/lists/story-table";
import { NewStoryScreen } from "@/components/newsroom/screens/new-story-screen";

export default async function NewStoryPage({ params }: PageProps<"/[locale]/newsroom/stories/new">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "story.create" }, newsroomPaths.newStory);
  const [sections, authors, library] = await Promise.all([
    listSectionChoices(locale),
    authorChoices(locale),
    imageLibrary(locale),
  ]);
  return (
    <NewStoryScreen
      locale={locale}
      sections={sections}
      authors={authors}
      library={library}
      userId={user.id}
    />
  );
}
