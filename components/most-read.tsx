import type { Locale } from "next-intl";
import type { StorySummary } from "@/lib/stories/story-types";
import { mostReadHtml, mostReadSlotHtml } from "@/components/most-read-html";

/**
 * The language's most read stories of the last 24 hours, as a ranked list
 * of headlines. React never touches what is inside (set as HTML,
 * `suppressHydrationWarning`): through the proxy it is the fragment Varnish
 * included, newer than the page's own payload, and nothing in it hydrates.
 */
export async function MostRead({ stories, locale }: { stories: StorySummary[]; locale: Locale }) {
  return (
    <div
      className="most-read-slot"
      dangerouslySetInnerHTML={{ __html: mostReadSlotHtml(locale, await mostReadHtml(locale, stories)) }}
      suppressHydrationWarning
    />
  );
}
