import type { Metadata } from "next";

export interface FeedLink {
  url: string;
  title: string;
}

/** Autodiscovery `<link rel="alternate" type="application/rss+xml">` entries for a page's head. */
export function feedTypes(feeds: FeedLink[]): NonNullable<Metadata["alternates"]>["types"] {
  return { "application/rss+xml": feeds.map((feed) => ({ url: feed.url, title: feed.title })) };
}
