import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import type { SectionLink } from "@/lib/stories/story-types";
import { homePath, sectionPath } from "@/lib/urls/reader-paths";

export interface SectionRecord {
  id: number;
  names: Partial<Record<Locale, SectionLink>>;
  /** Retired by an admin: in no menu or list, its pages redirect home. */
  retired: boolean;
}

/** Every section, retired ones included, in navigation order. */
export async function queryAllSections(): Promise<SectionRecord[]> {
  const rows = await db().section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { translations: true },
  });
  return rows.map((row) => ({
    id: row.id,
    names: Object.fromEntries(row.translations.map((t) => [t.locale, { name: t.name, slug: t.slug }])),
    retired: row.retiredAt !== null,
  }));
}

/** The sections readers see (menus, sitemaps, feeds), in navigation order. */
export async function querySections(): Promise<SectionRecord[]> {
  return (await queryAllSections()).filter((section) => !section.retired);
}

const loadSections = () =>
  cachedRead({ name: "sections", args: [], tags: [cacheTags.sections()] }, queryAllSections);

/** Sections named in this locale, in navigation order. */
export async function getSectionLinks(locale: Locale): Promise<SectionLink[]> {
  return (await loadSections()).flatMap((section) => (section.retired ? [] : (section.names[locale] ?? [])));
}

/** A section readers can see, by its current slug in this locale. */
export async function findSectionBySlug(locale: Locale, slug: string): Promise<SectionRecord | null> {
  return (
    (await loadSections()).find((section) => !section.retired && section.names[locale]?.slug === slug) ?? null
  );
}

/**
 * What became of a section slug that names no section readers can see: a
 * renamed section's old slug leads to its current one (`slug`), a retired
 * section's current or old slug leads home (`slug: null`, its stories are no
 * longer gathered anywhere). Null when the slug never named a section.
 */
export async function querySectionSuccessor(
  locale: Locale,
  slug: string,
): Promise<{ slug: string | null } | null> {
  const sections = await queryAllSections();
  if (sections.some((section) => section.retired && section.names[locale]?.slug === slug))
    return { slug: null };
  const old = await db().retiredSectionSlug.findUnique({ where: { locale_slug: { locale, slug } } });
  const holder = sections.find((section) => section.id === old?.sectionId);
  if (!holder) return null;
  return { slug: holder.retired ? null : (holder.names[locale]?.slug ?? null) };
}

export function findSectionSuccessor(locale: Locale, slug: string): Promise<{ slug: string | null } | null> {
  return cachedRead({ name: "section-successor", args: [locale, slug], tags: [cacheTags.sections()] }, () =>
    querySectionSuccessor(locale, slug),
  );
}

/** The 308 target of a gone section's page (see `findSectionSuccessor`), null for an unknown slug. */
export async function findSectionRedirect(locale: Locale, slug: string, page = 1): Promise<string | null> {
  const successor = await findSectionSuccessor(locale, slug);
  if (!successor) return null;
  return successor.slug === null ? homePath(locale) : sectionPath(locale, successor.slug, page);
}
