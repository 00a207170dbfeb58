import { notFound } from "next/navigation";
import { idOrNull } from "@/lib/forms/form-values";
import { resolveLocale } from "@/lib/locale/request-locale";
import { requirePage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { loadGalleryDesk } from "@/lib/newsroom/gallery/gallery-desk-data";
import { enteredGalleryForm, GALLERY_DONE, GALLERY_PROBLEMS } from "@/lib/newsroom/gallery/gallery-form";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { GalleryScreen } from "@/components/newsroom/gallery/gallery-screen";

export default async function StoryGalleryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/stories/[storyId]/gallery">) {
  const locale = await resolveLocale(params);
  const storyId = idOrNull((await params).storyId);
  // Every member may look: translators word their own language's captions here.
  const user = await requirePage(locale, { type: "newsroom.enter" }, newsroomPaths.home(locale));
  const desk = storyId === null ? null : await loadGalleryDesk(storyId, locale);
  if (!desk) notFound();
  const query = await searchParams;
  return (
    <GalleryScreen
      locale={locale}
      user={user}
      desk={desk}
      {...outcomeFrom(query, GALLERY_DONE, GALLERY_PROBLEMS)}
      typed={enteredGalleryForm(query)}
    />
  );
}
