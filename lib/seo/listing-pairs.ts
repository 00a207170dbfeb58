import type { Locale } from "next-intl";
import type { LanguageVersion } from "@/lib/seo/language-alternates";

/**
 * The other languages' versions of page N of a listing (a topic's, an
 * author's): a first page pairs wherever the listing exists, a later page
 * only where that language has as many pages.
 */
export async function listingPairs(opts: {
  locale: Locale;
  page: number;
  slugs: Partial<Record<Locale, string>>;
  pathFor: (locale: Locale, slug: string, page: number) => string;
  hasPage: (locale: Locale, slug: string, page: number) => Promise<boolean>;
}): Promise<LanguageVersion[]> {
  const pairs: LanguageVersion[] = [];
  for (const [other, slug] of Object.entries(opts.slugs) as [Locale, string][]) {
    if (other === opts.locale) continue;
    if (opts.page === 1 || (await opts.hasPage(other, slug, opts.page))) {
      pairs.push({ locale: other, path: opts.pathFor(other, slug, opts.page) });
    }
  }
  return pairs;
}
