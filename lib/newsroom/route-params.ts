import "server-only";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { routing, type AppLocale } from "@/i18n/routing";

/** `/stories/{storyId}/{target}` route parameters, or a 404 for anything else. */
export async function storyTargetParams(
  params: Promise<{ storyId: string; target: string }>,
): Promise<{ storyId: number; target: AppLocale }> {
  const { storyId, target } = await params;
  if (!hasLocale(routing.locales, target) || !/^\d{1,9}$/.test(storyId)) notFound();
  return { storyId: Number(storyId), target };
}
