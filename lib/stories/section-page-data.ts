import "server-only";
import type { Locale } from "next-intl";
import { pageFromParam } from "@/lib/urls/reader-paths";
import { resolveLocale } from "@/lib/locale/request-locale";
import { slugFromParam } from "@/lib/urls/slug";
import { findSectionBySlug, findSectionRedirect } from "@/lib/stories/sections";
import { getLatestStories } from "@/lib/stories/story-lists";
import type { SectionPage } from "@/lib/stories/story-types";

/** A section's latest stories in one locale; null when the section or page does not exist. */
export async function getSectionPage(
  locale: Locale,
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

/**
 * A section page's locale and data from its route params (`page` absent on
 * the first page, which has no /page/1 URL); data is null for an unknown
 * section or page, with where a renamed or retired section's address now
 * leads.
 */
export async function sectionPageFromParams(
  params: Promise<{ locale: string; section: string; page?: string }>,
): Promise<{ locale: Locale; data: SectionPage | null; redirect: string | null }> {
  const locale = await resolveLocale(params);
  const { section, page: pageParam } = await params;
  const slug = slugFromParam(section);
  const page = pageParam === undefined ? 1 : pageFromParam(pageParam);
  if (slug === null || page === null) return { locale, data: null, redirect: null };
  const data = await getSectionPage(locale, slug, page);
  // Only a section page that does not exist asks whether its section was renamed or retired.
  return { locale, data, redirect: data ? null : await findSectionRedirect(locale, slug, page) };
}

/** The front page's latest stories; null past the last page. */
export async function getHomePage(locale: Locale, page: number) {
  const latest = await getLatestStories(locale, page);
  return page > latest.pageCount ? null : latest;
}
