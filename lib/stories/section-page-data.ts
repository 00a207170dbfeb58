import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { findSectionBySlug } from "@/lib/stories/sections";
import { getLatestStories } from "@/lib/stories/story-lists";
import type { SectionPage } from "@/lib/stories/story-types";

/** A section's latest stories in one locale; null when the section or page does not exist. */
export async function getSectionPage(
  locale: AppLocale,
  slug: string,
  page: number,
): Promise<SectionPage | null> {
  const section = await findSectionBySlug(locale, slug);
  const name = section?.names[locale];
  if (!section || !name) return null;
  const latest = await getLatestStories(locale, page, { sectionId: section.id });
  if (page > latest.pageCount) return null;
  const slugs = Object.fromEntries(
    Object.entries(section.names).map(([sectionLocale, link]) => [sectionLocale, link.slug]),
  );
  return { ...latest, section: name, slugs };
}

/** The front page's latest stories; null past the last page. */
export async function getHomePage(locale: AppLocale, page: number) {
  const latest = await getLatestStories(locale, page);
  return page > latest.pageCount ? null : latest;
}
