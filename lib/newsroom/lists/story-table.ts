import "server-only";
import type { Locale } from "next-intl";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { pickName } from "@/lib/stories/row-mappers";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { VERSION_STATES, versionState, type VersionState } from "@/lib/newsroom/workflow/translation-state";

/** The longest headline search the stories page takes (its input's maxLength too). */
export const STORY_SEARCH_MAX = 200;
/** Stories a page of the newsroom's list shows. */
export const NEWSROOM_STORIES_PER_PAGE = 50;
// A page number past the last page shows the last page; anything longer
// than this is not a page number at all.
const MAX_PAGE_PARAM = 1_000_000;

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
  page: z.coerce.number().int().min(1).max(MAX_PAGE_PARAM).optional().catch(undefined),
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
  headlineLocale: Locale | null;
  sourceLocale: Locale;
  section: string;
  updatedAt: string;
  versions: Record<Locale, VersionState>;
}

export interface NewsroomStoryPage {
  rows: NewsroomStoryRow[];
  /** Stories matching the filter, on every page. */
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
}

/** The SQL for "this story has a version in `locale`": an (anti-)join on the (storyId, locale) key. */
function hasVersion(locale: Locale): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "StoryTranslation" v WHERE v."storyId" = s.id AND v.locale = ${locale}::"Locale")`;
}

/**
 * The SQL for "this story's version in one of `locales` shows `state`"
 * (missing and outdated are derived). Each is a semi-join correlated with
 * "Story" s, so the source's language and revision come from the story row
 * at hand: the earlier uncorrelated IN joined every translation with its
 * story again and hashed the result (counting "published in any language"
 * took 400 ms at 100,000 stories per language, now 76 ms; a first page 307
 * ms, now 0.1 ms).
 */
function versionIs(locales: readonly Locale[], state: VersionState): Prisma.Sql {
  const inLocales = Prisma.sql`v.locale IN (${Prisma.join(locales.map((locale) => Prisma.sql`${locale}::"Locale"`))})`;
  const outdated = Prisma.sql`(v.locale <> s."sourceLocale" AND v."sourceRevision" < s."sourceRevision")`;
  if (state === "missing") {
    if (locales.length === 1) return Prisma.sql`NOT ${hasVersion(locales[0]!)}`;
    // Missing in any of them: not among the stories that have all of them
    // (one hashed list, 61 ms at 100,000 stories, where an OR of anti-joins took 94).
    return Prisma.sql`s.id NOT IN (SELECT v."storyId" FROM "StoryTranslation" v WHERE ${inLocales}
      GROUP BY v."storyId" HAVING count(*) = ${locales.length})`;
  }
  const condition =
    state === "outdated"
      ? outdated
      : Prisma.sql`v.status = ${state}::"TranslationStatus" AND NOT ${outdated}`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "StoryTranslation" v WHERE v."storyId" = s.id AND ${inLocales} AND ${condition})`;
}

/** The filter as one WHERE clause over "Story" s, so that counting and paging happen in PostgreSQL. */
function filterSql(filter: StoryFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.section) conditions.push(Prisma.sql`s."sectionId" = ${filter.section}`);
  const typed = filter.q ? normalizeSearchText(filter.q) : "";
  if (typed) {
    // Matched against the headline as normalize_search_text() stored it,
    // through its trigram index (a substring of three characters or more
    // is looked up there instead of scanning every headline).
    const pattern = `%${typed.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(
      Prisma.sql`s.id IN (SELECT h."storyId" FROM "StoryTranslation" h WHERE h."headlineSearch" ILIKE ${pattern})`,
    );
  }
  // Language alone: stories that have that version. With a status: stories
  // whose version in that language (or in any, without one) is in it.
  if (!filter.status) {
    if (filter.locale) conditions.push(hasVersion(filter.locale));
  } else {
    conditions.push(versionIs(filter.locale ? [filter.locale] : routing.locales, filter.status));
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * One page of stories, most recently changed first, with one state per
 * locale. Filtering, counting and paging are done by PostgreSQL (the
 * (lastUpdatedAt, id) index gives the order), so a page costs about the
 * same with a hundred stories or a hundred thousand.
 */
export async function listNewsroomStories(uiLocale: Locale, filter: StoryFilter): Promise<NewsroomStoryPage> {
  const where = filterSql(filter);
  const [{ total }] = await db().$queryRaw<
    [{ total: bigint }]
  >`SELECT count(*) AS total FROM "Story" s WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(Number(total) / NEWSROOM_STORIES_PER_PAGE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const ids = await db().$queryRaw<{ id: number }[]>`
    SELECT s.id FROM "Story" s WHERE ${where}
    ORDER BY s."lastUpdatedAt" DESC, s.id DESC
    LIMIT ${NEWSROOM_STORIES_PER_PAGE} OFFSET ${(page - 1) * NEWSROOM_STORIES_PER_PAGE}`;
  const stories = await db().story.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
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
    const versions = Object.fromEntries(
      routing.locales.map((locale) => [
        locale,
        versionState(
          story,
          story.translations.find((t) => t.locale === locale),
        ),
      ]),
    ) as Record<Locale, VersionState>;
    return {
      id: story.id,
      headline: shown?.headline ?? null,
      headlineLocale: shown?.locale ?? null,
      sourceLocale: story.sourceLocale,
      section: pickName(story.section.translations, uiLocale, story.section.key),
      updatedAt: story.lastUpdatedAt.toISOString(),
      versions,
    };
  });
  return { rows, total: Number(total), page, pageCount };
}

/** The query string of a page of the list, the filter kept (defaults left out). */
export function storyListQuery(filter: StoryFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.section) params.set("section", String(filter.section));
  if (filter.locale) params.set("locale", filter.locale);
  if (filter.status) params.set("status", filter.status);
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * Sections to file a story under: retired ones are not offered, except the
 * one the story is in (`keepId`), so saving its other details keeps it there.
 * The story list's filter passes `"all"`: stories of retired sections stay findable.
 */
export async function listSectionChoices(
  uiLocale: Locale,
  keep: number | "all" | null = null,
): Promise<{ id: number; name: string }[]> {
  const sections = await db().section.findMany({
    where: keep === "all" ? {} : { OR: [{ retiredAt: null }, ...(keep === null ? [] : [{ id: keep }])] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { translations: true },
  });
  return sections.map((section) => ({
    id: section.id,
    name: pickName(section.translations, uiLocale, section.key),
  }));
}
