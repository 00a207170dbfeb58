import "server-only";
import { routing, type AppLocale } from "@/i18n/routing";
import type { AuthorPage } from "@/lib/authors/author-types";
import { db } from "@/lib/db/client";
import { cachedRead } from "@/lib/stories/cached-read";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadLatest } from "@/lib/stories/story-lists";

/** Where an author has a page: named in that language, with a published story there. */
export async function authorPageLocales(authorId: number, named: AppLocale[]): Promise<AppLocale[]> {
  const rows = await db().storyTranslation.groupBy({
    by: ["locale"],
    where: { status: "PUBLISHED", locale: { in: named }, story: { authors: { some: { authorId } } } },
  });
  return routing.locales.filter((locale) => rows.some((row) => row.locale === locale));
}

/** An author's profile and stories in one locale, newest first; null where the author has no page. */
export async function loadAuthorPage(
  locale: AppLocale,
  key: string,
  page: number,
): Promise<AuthorPage | null> {
  const author = await db().author.findUnique({ where: { key }, include: { translations: true } });
  const own = author?.translations.find((translation) => translation.locale === locale);
  if (!author || !own) return null;
  const latest = await loadLatest(locale, page, { authorId: author.id });
  if (latest.stories.length === 0 || page > latest.pageCount) return null;
  const photo =
    author.photoSrc && author.photoWidth && author.photoHeight
      ? { src: author.photoSrc, width: author.photoWidth, height: author.photoHeight }
      : null;
  return {
    ...latest,
    key: author.key,
    name: own.name,
    bio: own.bio,
    photo,
    locales: await authorPageLocales(
      author.id,
      author.translations.map((translation) => translation.locale),
    ),
  };
}

export function getAuthorPage(locale: AppLocale, key: string, page: number): Promise<AuthorPage | null> {
  // Any publish in either language can fill or empty this page or its pair.
  const tags = [cacheTags.authors(), ...routing.locales.map((each) => cacheTags.lists(each))];
  return cachedRead({ name: "author-page", args: [locale, key, page], tags }, () =>
    loadAuthorPage(locale, key, page),
  );
}
