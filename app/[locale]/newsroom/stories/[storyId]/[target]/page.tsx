import { notFound } from "next/navigation";
import { idOrNull } from "@/lib/form-values";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { translationPageParams } from "@/lib/newsroom/route-params";
import { loadTranslationEditor } from "@/lib/newsroom/translation-editor-data";
import { TranslationEditorScreen } from "@/components/newsroom/screens/translation-editor-screen";

type Props = {
  params: Promise<{ locale: string; storyId: string; target: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export default async function TranslationEditorPage({ params, searchParams }: Props) {
  const { locale, storyId, target } = await translationPageParams(params, newsroomPaths.translation);
  const data = await loadTranslationEditor(storyId, target, locale);
  if (!data) notFound();
  const saved = idOrNull((await searchParams).saved);
  return <TranslationEditorScreen locale={locale} target={target} saved={saved} {...data} />;
}
