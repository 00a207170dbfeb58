import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";

export interface AuthorWithPage {
  key: string;
  /** Every locale in which the author has a page, this one included. */
  locales: Locale[];
  /** When the author's newest published story in this locale last changed. */
  newest: Date;
}

/** The authors who have a page in `locale`: named there, with a published story there. */
export async function authorsWithPages(locale: Locale): Promise<AuthorWithPage[]> {
  const rows = await db().$queryRaw<{ key: string; locale: Locale; newest: Date }[]>`
    SELECT a.key, t.locale, max(t."updatedAt") AS newest
    FROM "Author" a
    JOIN "AuthorTranslation" n ON n."authorId" = a.id
    JOIN "StoryAuthor" sa ON sa."authorId" = a.id
    JOIN "StoryTranslation" t ON t."storyId" = sa."storyId" AND t.locale = n.locale AND t.status = 'PUBLISHED'
    GROUP BY a.key, t.locale
    ORDER BY a.key`;
  const byKey = new Map<string, { locales: Locale[]; newest: Date | null }>();
  for (const row of rows) {
    const entry = byKey.get(row.key) ?? { locales: [], newest: null };
    entry.locales.push(row.locale);
    if (row.locale === locale) entry.newest = row.newest;
    byKey.set(row.key, entry);
  }
  return [...byKey]
    .filter(([, entry]) => entry.newest !== null)
    .map(([key, entry]) => ({
      key,
      locales: routing.locales.filter((each) => entry.locales.includes(each)),
      newest: entry.newest!,
    }));
}
