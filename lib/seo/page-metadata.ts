import type { Metadata } from "next";
import { localeFacts } from "@/lib/locale/locale-facts";
import { feedTypes, type FeedLink } from "@/lib/seo/feed-links";
import { languageAlternates, type LanguageVersion } from "@/lib/seo/language-alternates";

/** Metadata of a listing page (front page, section): alternates and Open Graph. */
export function listingMetadata(opts: {
  title: string;
  description: string;
  self: LanguageVersion;
  others: LanguageVersion[];
  feeds: FeedLink[];
}): Metadata {
  return {
    title: opts.title,
    description: opts.description,
    alternates: { ...languageAlternates(opts.self, opts.others), types: feedTypes(opts.feeds) },
    openGraph: {
      type: "website",
      title: opts.title,
      description: opts.description,
      url: opts.self.path,
      locale: localeFacts(opts.self.locale).ogLocale,
      alternateLocale: opts.others.map((other) => localeFacts(other.locale).ogLocale),
    },
    twitter: { card: "summary", title: opts.title, description: opts.description },
  };
}
