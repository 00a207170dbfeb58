import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportStory } from "@/lib/import/story-line";

export interface ImportLine {
  line: number;
  story: ImportStory;
}

export interface ImportReport {
  imported: number;
  /** Stories whose key is already in the database: a re-run adds nothing. */
  skipped: number;
  refused: { line: number; problem: string }[];
}

/**
 * Stores stories in batches: each batch in one transaction (a story is
 * never half-imported), and when a batch fails, its stories one by one so
 * that only the bad line is refused. Authors and topics are found or made
 * by key. Works on the given client, so a command and a test share it.
 */
export class StoryImporter {
  readonly report: ImportReport = { imported: 0, skipped: 0, refused: [] };
  private sections = new Map<string, number>();
  private authors = new Map<string, number>();
  private topics = new Map<string, number>();
  private brokenTopics = new Map<string, string>();
  private keysSeen = new Map<string, number>();
  private slugsSeen = new Map<string, number>();

  constructor(private readonly prisma: PrismaClient) {}

  async load(): Promise<void> {
    for (const section of await this.prisma.section.findMany()) this.sections.set(section.key, section.id);
    for (const author of await this.prisma.author.findMany()) this.authors.set(author.key, author.id);
    for (const topic of await this.prisma.topic.findMany()) this.topics.set(topic.key, topic.id);
  }

  private refuse(line: number, problem: string): void {
    this.report.refused.push({ line, problem });
  }

  /** Lines this file or the database already settle: refused or skipped before any write. */
  private async admissible(batch: ImportLine[]): Promise<ImportLine[]> {
    const existing = new Set(
      (
        await this.prisma.story.findMany({
          where: { key: { in: batch.map((item) => item.story.key) } },
          select: { key: true },
        })
      ).map((row) => row.key),
    );
    const pairs = batch.flatMap((item) =>
      item.story.translations.map((t) => ({ locale: t.locale, slug: t.slug })),
    );
    const taken = new Set(
      (
        await this.prisma.storyTranslation.findMany({
          where: { OR: pairs },
          select: { locale: true, slug: true },
        })
      ).map((row) => `${row.locale}:${row.slug}`),
    );
    const kept: ImportLine[] = [];
    for (const item of batch) {
      const { story, line } = item;
      const earlier = this.keysSeen.get(story.key);
      if (earlier !== undefined) {
        this.refuse(line, `story key ${story.key} is already on line ${earlier}`);
        continue;
      }
      this.keysSeen.set(story.key, line);
      if (existing.has(story.key)) {
        this.report.skipped++;
        continue;
      }
      if (!this.sections.has(story.section)) {
        this.refuse(line, `unknown section ${story.section}`);
        continue;
      }
      const slugs = story.translations.map((t) => `${t.locale}:${t.slug}`);
      const clash = slugs.find((slug) => taken.has(slug) || this.slugsSeen.has(slug));
      if (clash) {
        const where = this.slugsSeen.get(clash);
        this.refuse(line, `slug ${clash} is already used${where ? ` on line ${where}` : ""}`);
        continue;
      }
      const broken = story.topics.find((topic) => this.brokenTopics.has(topic.key));
      if (broken) {
        this.refuse(line, this.brokenTopics.get(broken.key)!);
        continue;
      }
      for (const slug of slugs) this.slugsSeen.set(slug, line);
      kept.push(item);
    }
    return kept;
  }

  private async ensureAuthors(batch: ImportLine[]): Promise<void> {
    const missing = new Map<string, ImportStory["authors"][number]>();
    for (const { story } of batch) {
      for (const author of story.authors) if (!this.authors.has(author.key)) missing.set(author.key, author);
    }
    for (const author of missing.values()) {
      const row = await this.prisma.author.upsert({
        where: { key: author.key },
        update: {},
        create: {
          key: author.key,
          translations: {
            create: (["en", "ar"] as const).flatMap((locale) => {
              const name = author.names[locale];
              return name ? [{ locale, name, bio: author.bios?.[locale] ?? "" }] : [];
            }),
          },
        },
      });
      this.authors.set(author.key, row.id);
    }
  }

  private async ensureTopics(batch: ImportLine[]): Promise<ImportLine[]> {
    for (const { story } of batch) {
      for (const topic of story.topics) {
        if (this.topics.has(topic.key) || this.brokenTopics.has(topic.key)) continue;
        try {
          const row = await this.prisma.topic.create({
            data: {
              key: topic.key,
              translations: {
                create: Object.entries(topic.names).map(([locale, name]) => ({
                  locale: locale as "en" | "ar",
                  name: name.name,
                  slug: name.slug,
                })),
              },
            },
          });
          this.topics.set(topic.key, row.id);
        } catch {
          this.brokenTopics.set(topic.key, `topic ${topic.key}: its slug is another topic's`);
        }
      }
    }
    return batch.filter(({ story, line }) => {
      const broken = story.topics.find((topic) => this.brokenTopics.has(topic.key));
      if (broken) this.refuse(line, this.brokenTopics.get(broken.key)!);
      return !broken;
    });
  }

  private async store(batch: ImportLine[]): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const stories = await tx.story.createManyAndReturn({
        select: { id: true, key: true },
        data: batch.map(({ story }) => {
          const published = story.translations.some((t) => t.status === "PUBLISHED");
          return {
            key: story.key,
            sourceLocale: story.sourceLocale,
            sectionId: this.sections.get(story.section)!,
            leadImageSrc: story.image?.src ?? null,
            leadImageWidth: story.image?.width ?? null,
            leadImageHeight: story.image?.height ?? null,
            firstPublishedAt: published ? new Date(story.publishedAt) : null,
            lastUpdatedAt: new Date(story.updatedAt ?? story.publishedAt),
          };
        }),
      });
      const ids = new Map(stories.map((row) => [row.key, row.id]));
      await tx.storyAuthor.createMany({
        data: batch.flatMap(({ story }) =>
          story.authors.map((author, position) => ({
            storyId: ids.get(story.key)!,
            authorId: this.authors.get(author.key)!,
            position,
          })),
        ),
        skipDuplicates: true,
      });
      await tx.storyTopic.createMany({
        data: batch.flatMap(({ story }) =>
          story.topics.map((topic) => ({
            storyId: ids.get(story.key)!,
            topicId: this.topics.get(topic.key)!,
          })),
        ),
        skipDuplicates: true,
      });
      const translations = batch.flatMap(({ story }) =>
        story.translations.map(({ locale, status, ...fields }) => ({
          storyId: ids.get(story.key)!,
          locale,
          status,
          ...fields,
          publishedAt: status === "PUBLISHED" ? new Date(story.publishedAt) : null,
          createdAt: new Date(story.publishedAt),
          updatedAt: new Date(story.updatedAt ?? story.publishedAt),
        })),
      );
      const stored = await tx.storyTranslation.createManyAndReturn({
        select: { id: true, storyId: true, locale: true },
        data: translations,
      });
      await tx.translationRevision.createMany({
        data: stored.map((row) => {
          const t = translations.find((each) => each.storyId === row.storyId && each.locale === row.locale)!;
          return {
            translationId: row.id,
            number: 1,
            slug: t.slug,
            headline: t.headline,
            dek: t.dek,
            body: t.body,
            leadImageAlt: t.leadImageAlt,
            sourceRevision: 1,
          };
        }),
      });
    });
  }

  async importBatch(batch: ImportLine[]): Promise<void> {
    const admissible = await this.admissible(batch);
    await this.ensureAuthors(admissible);
    const ready = await this.ensureTopics(admissible);
    if (ready.length === 0) return;
    try {
      await this.store(ready);
      this.report.imported += ready.length;
    } catch {
      // Something only the database could tell: find the line, store the rest.
      for (const item of ready) {
        try {
          await this.store([item]);
          this.report.imported++;
        } catch (error) {
          this.refuse(item.line, error instanceof Error ? error.message.split("\n").at(-1)! : String(error));
        }
      }
    }
  }
}
