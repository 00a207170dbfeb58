import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/json-ld";
import type { LiveEntriesPage } from "@/lib/live/live-types";
import { storyStructuredData } from "@/lib/seo/story-structured-data";
import type { StoryPage } from "@/lib/stories/story-types";

/** A story page's structured data: the article (or live blog, with its entries) and its breadcrumbs. */
export async function StoryJsonLd({
  story,
  locale,
  live,
}: {
  story: StoryPage;
  locale: Locale;
  live: LiveEntriesPage | null;
}) {
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return storyStructuredData(story, { publisher: meta("siteName"), home: layout("home") }, live).map(
    (data) => <JsonLd key={String(data["@type"])} data={data} />,
  );
}
