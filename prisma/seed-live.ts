import type { Prisma } from "@/lib/generated/prisma/client";
import { shiftedDate } from "@/prisma/demo-timeline";
import type { SeedLocale, SeedStory } from "@/prisma/content/types";

const MINUTE = 60_000;
// The translation desk's lag on the demo morning: each translated entry
// reached the other language's page this long after it was posted.
const TRANSLATION_LAG_MINUTES = 6;

/** A demo live story's entries, each published in the languages it has, at its minute of the coverage. */
export function liveEntriesOf(story: SeedStory, shift: number): Prisma.LiveEntryCreateWithoutStoryInput[] {
  const start = shiftedDate(story.publishedAt, shift).getTime();
  return (story.live?.entries ?? []).map((entry) => {
    const postedAt = new Date(start + entry.at * MINUTE);
    const texts = Object.entries(entry.text) as [SeedLocale, { title?: string; body: string }][];
    return {
      sourceLocale: story.sourceLocale,
      pinned: entry.pinned ?? false,
      postedAt,
      createdAt: postedAt,
      translations: {
        create: texts.map(([locale, text]) => {
          const publishedAt =
            locale === story.sourceLocale
              ? postedAt
              : new Date(postedAt.getTime() + TRANSLATION_LAG_MINUTES * MINUTE);
          return {
            locale,
            title: text.title ?? "",
            body: text.body,
            status: "PUBLISHED" as const,
            publishedAt,
            updatedAt: publishedAt,
            revisions: {
              create: {
                number: 1,
                title: text.title ?? "",
                body: text.body,
                imageCaption: "",
                createdAt: publishedAt,
              },
            },
          };
        }),
      },
    };
  });
}
