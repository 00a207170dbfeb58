import type { Locale } from "next-intl";
import type { StorySummary } from "@/lib/stories/story-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { kindFromRow } from "@/lib/stories/story-kinds";

type Named = { locale: Locale; name: string };

/** The name in the wanted locale, else in any locale the row has. */
export function pickName(translations: Named[], locale: Locale, fallback: string): string {
  return (translations.find((t) => t.locale === locale) ?? translations[0])?.name ?? fallback;
}

export const summaryInclude = {
  story: {
    include: {
      section: { include: { translations: true } },
    },
  },
} satisfies Prisma.StoryTranslationInclude;

type SummaryRow = Prisma.StoryTranslationGetPayload<{ include: typeof summaryInclude }>;

export function toStorySummary(row: SummaryRow): StorySummary {
  const { story } = row;
  const sectionTranslation =
    story.section.translations.find((t) => t.locale === row.locale) ?? story.section.translations[0];
  return {
    storyId: story.id,
    locale: row.locale,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    section: {
      name: sectionTranslation?.name ?? story.section.key,
      slug: sectionTranslation?.slug ?? story.section.key,
      ...(story.section.retiredAt ? { retired: true } : {}),
    },
    image:
      story.leadImageSrc && story.leadImageWidth && story.leadImageHeight
        ? {
            src: story.leadImageSrc,
            width: story.leadImageWidth,
            height: story.leadImageHeight,
            alt: row.leadImageAlt,
            focus: { x: story.leadImageFocusX, y: story.leadImageFocusY },
          }
        : null,
    live: story.kind === "LIVE" && story.liveEndedAt === null,
    kind: kindFromRow(story.kind),
  };
}
