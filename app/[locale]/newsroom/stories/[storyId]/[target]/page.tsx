import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull } from "@/lib/form-values";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { translationPageParams, type NewsroomPageProps } from "@/lib/newsroom/route-params";
import { loadTranslationEditor } from "@/lib/newsroom/translation-editor-data";
import { TranslationEditorScreen } from "@/components/newsroom/screens/translation-editor-screen";

export default async function TranslationEditorPage({
  params,
  searchParams,
}: NewsroomPageProps<{ storyId: string; target: string }>) {
  const { locale, storyId, target } = await translationPageParams(params, newsroomPaths.translation);
  const data = await loadTranslationEditor(storyId, target, locale);
  if (!data) notFound();
  const saved = idOrNull((await searchParams).saved);
  const user = await currentUser();
  return (
    <TranslationEditorScreen
      locale={locale}
      target={target}
      saved={saved}
      userId={user?.id ?? ""}
      {...data}
    />
  );
}
