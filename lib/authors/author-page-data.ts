import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import type { AuthorPage } from "@/lib/authors/author-types";
import { db } from "@/lib/db/client";
import { cachedRead } from "@/lib/stories/cached-read";
import { cacheTags } from "@/lib/stories/cache-tags";
import { STORIES_PER_PAGE, getPublishedCount, loadLatest, publishedLocales } from "@/lib/stories/story-lists";
import { loadAuthorColumns } from "@/lib/authors/author-columns";

function findAuthor(key: string) {
  return db().author.findUnique({ where: { key }, include: { translations: true } });
}

type AuthorRecord = Awaited<ReturnType<typeof findAuthor>>;

async function authorPage(
  locale: Locale,
  author: AuthorRecord,
  page: number,
  counted?: number,
): Promise<AuthorPage | null> {
  const own = author?.translations.find((translation) => translation.locale === locale);
  if (!author || !own) return null;
  const latest = await loadLatest(locale, page, { authorId: author.id }, STORIES_PER_PAGE, counted);
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
    columns: page === 1 ? await loadAuthorColumns(locale, author.id) : [],
    // Where the author has a page: named in that language, with a published story there.
    locales: (await publishedLocales({ authorId: author.id })).filter((each) =>
      author.translations.some((translation) => translation.locale === each),
    ),
  };
}

/** An author's profile and stories in one locale, newest first; null where the author has no page. */
export async function loadAuthorPage(locale: Locale, key: string, page: number): Promise<AuthorPage | null> {
  return authorPage(locale, await findAuthor(key), page);
}

export async function getAuthorPage(locale: Locale, key: string, page: number): Promise<AuthorPage | null> {
  // Any publish in either language can fill or empty this page or its pair.
  const tags = [cacheTags.authors(), ...routing.locales.map((each) => cacheTags.lists(each))];
  const author = await cachedRead({ name: "author", args: [key], tags: [cacheTags.authors()] }, () =>
    findAuthor(key),
  );
  if (!author?.translations.some((translation) => translation.locale === locale)) return null;
  // Counted once for all the author's pages, as a topic's are.
  const total = await getPublishedCount(locale, { authorId: author.id }, tags);
  return cachedRead({ name: "author-page", args: [locale, key, page, total], tags }, () =>
    authorPage(locale, author, page, total),
  );
}
