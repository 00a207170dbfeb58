import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import type { SectionLink } from "@/lib/stories/story-types";

export interface SectionRecord {
  id: number;
  names: Partial<Record<Locale, SectionLink>>;
}

export async function querySections(): Promise<SectionRecord[]> {
  const rows = await db().section.findMany({ orderBy: { position: "asc" }, include: { translations: true } });
  return rows.map((row) => ({
    id: row.id,
    names: Object.fromEntries(row.translations.map((t) => [t.locale, { name: t.name, slug: t.slug }])),
  }));
}

const loadSections = () =>
  cachedRead({ name: "sections", args: [], tags: [cacheTags.sections()] }, querySections);

/** Sections named in this locale, in navigation order. */
export async function getSectionLinks(locale: Locale): Promise<SectionLink[]> {
  return (await loadSections()).flatMap((section) => section.names[locale] ?? []);
}

export async function findSectionBySlug(locale: Locale, slug: string): Promise<SectionRecord | null> {
  return (await loadSections()).find((section) => section.names[locale]?.slug === slug) ?? null;
}
