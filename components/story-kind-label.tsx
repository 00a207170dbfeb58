import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { StoryKind } from "@/lib/stories/story-kinds";

/** What a story is ("Opinion", "Analysis"…), above its headline, in the page's language. */
export async function StoryKindLabel({ kind, locale }: { kind: StoryKind; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Story" });
  return <span className={`kind-label kind-label--${kind}`}>{t(`kinds.${kind}`)}</span>;
}
