import { notFound } from "next/navigation";
import { idOrNull } from "@/lib/forms/form-values";
import { holdEditLock, readEditLock } from "@/lib/newsroom/workflow/edit-lock";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { translationPageParams } from "@/lib/newsroom/access/route-params";
import { loadTranslationEditor } from "@/lib/newsroom/editor/translation-editor-data";
import { TranslationEditorScreen } from "@/components/newsroom/screens/translation-editor-screen";

export default async function TranslationEditorPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/stories/[storyId]/[target]">) {
  const { locale, storyId, target, user } = await translationPageParams(params, newsroomPaths.translation);
  const data = await loadTranslationEditor(storyId, target, locale);
  if (!data) notFound();
  const query = await searchParams;
  const view = query.view === "read" ? "read" : query.took === "1" ? "took" : null;
  // Opening the editor takes the version's edit lock, unless only reading it.
  const lock =
    view === "read"
      ? await readEditLock(user, storyId, target, locale)
      : await holdEditLock(user, storyId, target, locale);
  const saved = idOrNull(query.saved);
  return (
    <TranslationEditorScreen
      locale={locale}
      target={target}
      user={user}
      saved={saved}
      unchanged={query.unchanged === "1"}
      credited={query.credited === "1"}
      lock={lock}
      view={view}
      {...data}
    />
  );
}
