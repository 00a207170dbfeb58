import "server-only";
import type { Locale } from "next-intl";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/urls/reader-paths";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { getSectionPage } from "@/lib/stories/section-page-data";
import type { SectionPage } from "@/lib/stories/story-types";

/** Title, alternates and feeds of a section's page, the first or a later one. */
export async function sectionMetadata(locale: Locale, data: SectionPage): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const others = [];
  for (const [other, slug] of Object.entries(data.slugs) as [Locale, string][]) {
    if (other === locale) continue;
    // Every language that names the section has its first page; a later
    // page is a counterpart only where the other language has that many.
    if (data.page === 1 || (await getSectionPage(other, slug, data.page))) {
      others.push({ locale: other, path: sectionPath(other, slug, data.page) });
    }
  }
  return listingMetadata({
    // The message places the comma, so Arabic gets its own «،».
    title:
      data.page === 1 ? data.section.name : t("pagedTitle", { title: data.section.name, page: data.page }),
    description: data.section.name,
    self: { locale, path: sectionPath(locale, data.section.slug, data.page) },
    others,
    feeds: await readerFeeds(locale, data.section),
  });
}
