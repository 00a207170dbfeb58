import "server-only";
import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { requirePage } from "@/lib/newsroom/access/guard";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { resolveLocale } from "@/lib/locale/request-locale";

export type QueryParams = Record<string, string | string[] | undefined>;

/** `/stories/{storyId}/{target}` route parameters, or a 404 for anything else. */
async function storyTargetParams(
  params: Promise<{ storyId: string; target: string }>,
): Promise<{ storyId: number; target: Locale }> {
  const { storyId, target } = await params;
  const id = idOrNull(storyId);
  const locale = localeOrNull(target);
  if (id === null || locale === null) notFound();
  return { storyId: id, target: locale };
}

type TranslationParams = Promise<{ locale: string; storyId: string; target: string }>;

/**
 * A page about one language version (editor, history): its route parameters
 * once the member may edit that language (else sign-in, 403 or 404).
 */
export async function translationPageParams(
  params: TranslationParams,
  pathFor: (locale: Locale, storyId: number, target: Locale) => string,
): Promise<{ locale: Locale; storyId: number; target: Locale; user: NewsroomUser }> {
  const locale = await resolveLocale(params);
  const { storyId, target } = await storyTargetParams(params);
  const user = await requirePage(
    locale,
    { type: "translation.edit", locale: target },
    pathFor(locale, storyId, target),
  );
  return { locale, storyId, target, user };
}
