import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { rebuildTranslationMemory } from "@/lib/translation-memory/memory-store";
import { arabicPlurals } from "@/prisma/content/arabic-plurals";
import { nameVariantSets } from "@/prisma/content/name-variants";
import { nameVariantKey } from "@/lib/search/name-variant-key";
import { authors } from "@/prisma/content/authors";
import { sections } from "@/prisma/content/sections";
import { stories } from "@/prisma/content/stories/index";
import { topics } from "@/prisma/content/topics";
import { demoTimeShift, shiftedDate } from "@/prisma/demo-timeline";
import type { SeedLocale, SeedStory } from "@/prisma/content/types";
import { liveEntriesOf } from "@/prisma/seed-live";
import { kindToRow } from "@/lib/stories/story-kinds";
import { demoPicture, galleryOf, storeDemoPictures, withUploadLinks } from "@/prisma/seed-pictures";

const IMAGE_WIDTH = 1200;
const IMAGE_HEIGHT = 675;
const PORTRAIT_SIZE = 240;

function translationsOf(story: SeedStory, shift: number) {
  return (
    Object.entries(story.translations) as [SeedLocale, NonNullable<SeedStory["translations"]["en"]>][]
  ).map(([locale, t]) => ({
    locale,
    slug: t.slug.normalize("NFC"),
    headline: t.headline,
    dek: t.dek,
    body: withUploadLinks(t.body),
    leadImageAlt: t.imageAlt,
    leadImageCaption: t.imageCaption ?? "",
    keyPoints: t.keyPoints ?? "",
    status: "PUBLISHED" as const,
    publishedAt: shiftedDate(story.publishedAt, shift),
    updatedAt: shiftedDate(story.updatedAt ?? story.publishedAt, shift),
    retiredSlugs: {
      create: (t.formerSlugs ?? []).map((slug) => ({ locale, slug: slug.normalize("NFC") })),
    },
    revisions: {
      create: [
        {
          number: 1,
          slug: t.slug.normalize("NFC"),
          headline: t.headline,
          dek: t.dek,
          body: withUploadLinks(t.body),
          leadImageAlt: t.imageAlt,
          leadImageCaption: t.imageCaption ?? "",
          sourceRevision: 1,
        },
      ],
    },
  }));
}

/** The site's sections (the header's navigation), keyed by their key. Expects an empty table. */
export async function seedSections(db: Prisma.TransactionClient): Promise<Map<string, number>> {
  const sectionIds = new Map<string, number>();
  for (const [index, section] of sections.entries()) {
    const row = await db.section.create({
      data: {
        key: section.key,
        position: index + 1,
        translations: {
          create: (["en", "ar"] as const).map((locale) => ({
            locale,
            name: section.names[locale],
            slug: section.slugs[locale].normalize("NFC"),
          })),
        },
      },
    });
    sectionIds.set(section.key, row.id);
  }
  return sectionIds;
}

const SEED_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

/** Loads the demo sections, authors and stories. Expects empty tables. */
export async function seedDemoContent(prisma: PrismaClient, seededAt = new Date()): Promise<number> {
  const shift = demoTimeShift(seededAt);
  await prisma.$transaction(async (tx) => {
    const sectionIds = await seedSections(tx);

    const authorIds = new Map<string, number>();
    for (const author of authors) {
      const row = await tx.author.create({
        data: {
          key: author.key,
          photoSrc: `/images/authors/${author.key}.svg`,
          photoWidth: PORTRAIT_SIZE,
          photoHeight: PORTRAIT_SIZE,
          translations: {
            create: (["en", "ar"] as const).map((locale) => ({
              locale,
              name: author.names[locale],
              bio: author.bios[locale],
            })),
          },
        },
      });
      authorIds.set(author.key, row.id);
    }

    const storyIds = new Map<string, number>();
    for (const story of stories) {
      const sectionId = sectionIds.get(story.section);
      if (sectionId === undefined) throw new Error(`Story ${story.key}: unknown section ${story.section}`);
      await storeDemoPictures(tx, story);
      const upload = story.pictures ? demoPicture(story.image) : null;
      const row = await tx.story.create({
        data: {
          key: story.key,
          kind: kindToRow(story.kind ?? "news"),
          sourceLocale: story.sourceLocale,
          sectionId,
          leadImageSrc: upload?.src ?? `/images/stories/${story.image}`,
          leadImageWidth: upload?.width ?? IMAGE_WIDTH,
          leadImageHeight: upload?.height ?? IMAGE_HEIGHT,
          firstPublishedAt: shiftedDate(story.publishedAt, shift),
          lastUpdatedAt: shiftedDate(story.updatedAt ?? story.publishedAt, shift),
          authors: {
            create: story.authors.map((key, position) => {
              const authorId = authorIds.get(key);
              if (authorId === undefined) throw new Error(`Story ${story.key}: unknown author ${key}`);
              return { authorId, position };
            }),
          },
          translations: { create: translationsOf(story, shift) },
          liveEntries: { create: liveEntriesOf(story, shift) },
          galleryImages: galleryOf(story),
        },
      });
      storyIds.set(story.key, row.id);
    }

    for (const topic of topics) {
      await tx.topic.create({
        data: {
          key: topic.key,
          translations: {
            create: (["en", "ar"] as const).map((locale) => ({
              locale,
              name: topic.names[locale],
              slug: topic.slugs[locale].normalize("NFC"),
            })),
          },
          stories: {
            create: topic.stories.map((key) => {
              const storyId = storyIds.get(key);
              if (storyId === undefined) throw new Error(`Topic ${topic.key}: unknown story ${key}`);
              return { storyId };
            }),
          },
        },
      });
    }
    // Prisma's default 5 s: every translation's insert also feeds the search
    // vocabulary's trigger, and on a loaded machine the seed ran past it and
    // the rolled-back transaction's later inserts failed on foreign keys.
  }, SEED_TRANSACTION);
  // The demo's published pairs are the memory's first entries.
  await rebuildTranslationMemory(prisma);
  await prisma.arabicPlural.createMany({ data: arabicPlurals, skipDuplicates: true });
  for (const spellings of nameVariantSets) {
    await prisma.nameVariantSet.create({
      data: {
        spellings: { create: spellings.map((spelling) => ({ spelling, key: nameVariantKey(spelling) })) },
      },
    });
  }
  return stories.length;
}

/** Seeds only a database that has no stories yet, so restarts keep edits. */
export async function seedIfEmpty(prisma: PrismaClient): Promise<number> {
  const existing = await prisma.story.count();
  return existing === 0 ? seedDemoContent(prisma) : 0;
}
