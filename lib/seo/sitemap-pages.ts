import type { Locale } from "next-intl";

// Split well before the protocol's 50,000-URL limit per sitemap.
export const URLS_PER_SITEMAP = 45_000;

export function sitemapPath(locale: Locale, page: number): string {
  return `/sitemaps/${locale}-${page}.xml`;
}

export function parseSitemapFile(file: string): { locale: Locale; page: number } | null {
  const match = /^(en|ar)-([1-9][0-9]{0,4})\.xml$/.exec(file);
  return match ? { locale: match[1] as Locale, page: Number(match[2]) } : null;
}
