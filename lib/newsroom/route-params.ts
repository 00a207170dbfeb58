import "server-only";
import { notFound } from "next/navigation";
import type { AppLocale } from "@/i18n/routing";
import { idOrNull, localeOrNull } from "@/lib/form-values";

/** `/stories/{storyId}/{target}` route parameters, or a 404 for anything else. */
export async function storyTargetParams(
  params: Promise<{ storyId: string; target: string }>,
): Promise<{ storyId: number; target: AppLocale }> {
  const { storyId, target } = await params;
  const id = idOrNull(storyId);
  const locale = localeOrNull(target);
  if (id === null || locale === null) notFound();
  return { storyId: id, target: locale };
}
