import type { Locale } from "next-intl";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { getTranslations } from "next-intl/server";
import type { StorySummary } from "@/lib/stories/story-types";
import { mostReadFragmentPath, storyPath } from "@/lib/urls/reader-paths";

/**
 * The language's most read stories of the last 24 hours as one piece of
 * HTML, the same for the fragment the proxy includes and the copy pages
 * carry without it (hastscript escapes every text and attribute). Empty
 * when nothing has been read.
 */
export async function mostReadHtml(locale: Locale, stories: StorySummary[]): Promise<string> {
  if (stories.length === 0) return "";
  const t = await getTranslations({ locale, namespace: "MostRead" });
  return toHtml(
    h("section.most-read", { "aria-labelledby": "most-read-heading" }, [
      h("h2#most-read-heading.most-read__heading", t("heading")),
      h(
        "ol.most-read__list",
        stories.map((story) =>
          h("li", [h("a", { href: storyPath(story.locale, story.slug) }, story.headline)]),
        ),
      ),
    ]),
  );
}

/**
 * What the home and story pages carry where most read goes: through the
 * caching proxy the ESI comments take effect, the copy inside <esi:remove>
 * is dropped and the fragment is included, kept minutes only, so reads
 * reach pages the proxy keeps for a day; without the proxy they are plain
 * HTML comments and the copy shows.
 */
export function mostReadSlotHtml(locale: Locale, html: string): string {
  return `<!--esi <esi:include src="${mostReadFragmentPath(locale)}"/><esi:remove> -->${html}<!--esi </esi:remove> -->`;
}
