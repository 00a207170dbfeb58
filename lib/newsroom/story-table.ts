import "server-only";
import { z } from "zod";
import { routing, type AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { pickName } from "@/lib/stories/row-mappers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VERSION_STATES, versionState, type VersionState } from "@/lib/newsroom/translation-state";

/** The longest headline search the stories page takes (its input's maxLength too). */
export const STORY_SEARCH_MAX = 200;

export const storyFilterSchema = z.object({
  section: z.coerce.number().int().positive().optional().catch(undefined),
  locale: z.enum(routing.locales).optional().catch(undefined),
  status: z.enum(VERSION_STATES).optional().catch(undefined),
  // Control characters (NUL among them, which PostgreSQL refuses) become spaces.
  q: z
    .string()
    .max(STORY_SEARCH_MAX)
    .transform((value) => value.replace(/[\u0000-\u001F\u007F-\u009F]/g, " ").trim())
    .optional()
    .catch(undefined),
});
export type StoryFilter = z.infer<typeof storyFilterSchema>;

/** The filter in a stories page's query string; anything malformed is dropped. */
export function storyFilterFrom(query: Record<string, string | string[] | undefined>): StoryFilter {
  return storyFilterSchema.parse(
    Object.fromEntries(
      Object.entries(query).map(([key, value]) => [
        key,
        Array.isArray(value) ? value[0] : value || undefined,
      ]),
    ),
  );
}

export interface NewsroomStoryRow {
  id: number;
  headline: string | null;
  headlineLocale: AppLocale | null;
  sourceLocale: AppLocale;
  section: string;
  updatedAt: string;
  versions: Record<AppLocale, VersionState>;
}

/**
 * Every story with one state per locale, filtered. The status filter needs
 * the per-locale state (missing and outdated are derived), so it is applied
 * after the query; a newsroom holds thousands of stories, not millions.
 */
export async function listNewsroomStories(
  uiLocale: AppLocale,
  filter: StoryFilter,
): Promise<NewsroomStoryRow[]> {
  const where: Prisma.StoryWhereInput = {};
  if (filter.section) where.sectionId = filter.section;
  if (filter.q) where.translations = { some: { headline: { contains: filter.q, mode: "insensitive" } } };
  const stories = await db().story.findMany({
    where,
    orderBy: [{ lastUpdatedAt: "desc" }, { id: "desc" }],
    include: {
      section: { include: { translations: true } },
      translations: { select: { locale: true, status: true, sourceRevision: true, headline: true } },
    },
  });
  const rows = stories.map((story): NewsroomStoryRow => {
    const own = story.translations.find((t) => t.locale === uiLocale);
    const source = story.translations.find((t) => t.locale === story.sourceLocale);
    const shown = own ?? source ?? story.translations[0];
    const sectionName = pickName(story.section.translations, uiLocale, story.section.key);
    const versions = Object.fromEntries(
      routing.locales.map((locale) => [
        locale,
        versionState(
          story,
          story.translations.find((t) => t.locale === locale),
        ),
      ]),
    ) as Record<AppLocale, VersionState>;
    return {
      id: story.id,
      headline: shown?.headline ?? null,
      headlineLocale: shown?.locale ?? null,
      sourceLocale: story.sourceLocale,
      section: sectionName,
      updatedAt: story.lastUpdatedAt.toISOString(),
      versions,
    };
  });
  // Language alone: stories that have that version. With a status: stories
  // whose version in that language (or in any, without one) is in it.
  return rows.filter((row) => {
    if (!filter.status) return !filter.locale || row.versions[filter.locale] !== "missing";
    const locales = filter.locale ? [filter.locale] : routing.locales;
    return locales.some((locale) => row.versions[locale] === filter.status);
  });
}

export async function listSectionChoices(uiLocale: AppLocale): Promise<{ id: number; name: string }[]> {
  const sections = await db().section.findMany({
    orderBy: { position: "asc" },
    include: { translations: true },
  });
  return sections.map((section) => ({
    id: section.id,
    name: pickName(section.translations, uiLocale, section.key),
  }));
}
