import { existsSync } from "node:fs";
import path from "node:path";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { SCHEDULED_CHANGE_TASK } from "@/lib/jobs/job-calls";
import { scheduleJobKey } from "@/lib/newsroom/schedule/schedule-rules";
import { memoryRows } from "@/lib/translation-memory/memory-rows";
import { insertMemoryRows } from "@/lib/translation-memory/memory-store";
import type { ImportStory } from "@/lib/import/story-line";
import { currentRequestId } from "@/lib/logging/request-log-context";

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
 * How long one batch's transaction may take. Prisma's default (5 s) refused
 * good lines on a loaded machine: at 100,000 stories, with the Arabic
 * analysis computing three vectors per row and two batches' storing
 * overlapping, a few batches and then single lines of them ran past it
 * (3 of 111,112 lines refused). An import is a bulk job someone waits for;
 * a slow line is not a bad one.
 */
const STORE_TIMEOUT = { maxWait: 60_000, timeout: 300_000 };

/**
 * Stores stories in batches: each batch in one transaction (a story is
 * never half-imported), and when a batch fails, its stories one by one so
 * that only the bad line is refused. Authors and topics are found or made
 * by key. Works on the given client, so a command and a test share it.
 */
export class StoryImporter {
  readonly report: ImportReport = { imported: 0, skipped: 0, refused: [] };
  private sections = new Map<string, number>();
  private retiredSections = new Set<string>();
  private authors = new Map<string, number>();
  private topics = new Map<string, number>();
  private brokenTopics = new Map<string, string>();
  private keysSeen = new Map<string, number>();
  private slugsSeen = new Map<string, number>();

  constructor(private readonly prisma: PrismaClient) {}

  async load(): Promise<void> {
    for (const section of await this.prisma.section.findMany()) {
      this.sections.set(section.key, section.id);
      if (section.retiredAt) this.retiredSections.add(section.key);
    }
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
    // Media references must name an uploaded image, as the newsroom's picker does.
    const media = new Set(
      (
        await this.prisma.mediaAsset.findMany({
          where: {
            id: { in: batch.flatMap(({ story }) => story.image?.src.match(/^\/media\/(\w+)$/)?.[1] ?? []) },
          },
          select: { id: true },
        })
      ).map((row) => `/media/${row.id}`),
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
      // The newsroom files nothing under a retired section either: its pages
      // answer 308, so the story would be reachable only by its own address.
      if (this.retiredSections.has(story.section)) {
        this.refuse(line, `section ${story.section} is retired: file the story under a current section`);
        continue;
      }
      const image = story.image?.src;
      if (
        image &&
        !(image.startsWith("/media/") ? media.has(image) : existsSync(path.join("public", image)))
      ) {
        this.refuse(line, `image: ${image} is not in the media library`);
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

  /**
   * One transaction, one statement per table: rows travel as arrays and are
   * spread by unnest(), so a batch of 500 stories is a handful of round trips
   * rather than a query per row, and the bodies are sent once (the first
   * revision is copied from the inserted translations inside PostgreSQL).
   */
  private async store(batch: ImportLine[]): Promise<void> {
    const stories = batch.map(({ story }) => story);
    await this.prisma.$transaction(async (tx) => {
      const utc = (iso: string | undefined) => (iso === undefined ? null : new Date(iso).toISOString());
      const inserted = await tx.$queryRaw<{ id: number; key: string }[]>`
        INSERT INTO "Story" (key, "sourceLocale", "sectionId", "leadImageSrc", "leadImageWidth",
          "leadImageHeight", "firstPublishedAt", "lastUpdatedAt")
        SELECT key, locale::"Locale", section, src, width, height,
          first::timestamptz AT TIME ZONE 'UTC', updated::timestamptz AT TIME ZONE 'UTC'
        FROM unnest(
          ${stories.map((s) => s.key)}::text[], ${stories.map((s) => s.sourceLocale)}::text[],
          ${stories.map((s) => this.sections.get(s.section)!)}::int[],
          ${stories.map((s) => s.image?.src ?? null)}::text[],
          ${stories.map((s) => s.image?.width ?? null)}::int[],
          ${stories.map((s) => s.image?.height ?? null)}::int[],
          ${stories.map((s) => (s.translations.some((t) => t.status === "PUBLISHED") ? utc(s.publishedAt) : null))}::text[],
          ${stories.map((s) => utc(s.updatedAt ?? s.publishedAt))}::text[]
        ) AS row(key, locale, section, src, width, height, first, updated)
        RETURNING id, key`;
      const ids = new Map(inserted.map((row) => [row.key, row.id]));
      const authors = stories.flatMap((story) =>
        story.authors.map((author, position) => [
          ids.get(story.key)!,
          this.authors.get(author.key)!,
          position,
        ]),
      );
      await tx.$executeRaw`
        INSERT INTO "StoryAuthor" ("storyId", "authorId", position)
        SELECT * FROM unnest(${authors.map((a) => a[0]!)}::int[], ${authors.map((a) => a[1]!)}::int[],
          ${authors.map((a) => a[2]!)}::int[])
        ON CONFLICT DO NOTHING`;
      const topics = stories.flatMap((story) =>
        story.topics.map((topic) => [ids.get(story.key)!, this.topics.get(topic.key)!]),
      );
      await tx.$executeRaw`
        INSERT INTO "StoryTopic" ("storyId", "topicId")
        SELECT * FROM unnest(${topics.map((t) => t[0]!)}::int[], ${topics.map((t) => t[1]!)}::int[])
        ON CONFLICT DO NOTHING`;
      const versions = stories.flatMap((story) =>
        story.translations.map((translation) => ({ story, translation })),
      );
      const column = <T>(pick: (version: (typeof versions)[number]) => T) => versions.map(pick);
      await tx.$executeRaw`
        WITH stored AS (
          INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, "leadImageAlt",
            "leadImageCaption", status, "publishedAt", "createdAt", "updatedAt")
          SELECT story, locale::"Locale", slug, headline, dek, body, alt, caption, status::"TranslationStatus",
            CASE WHEN status = 'PUBLISHED' THEN created::timestamptz AT TIME ZONE 'UTC' END,
            created::timestamptz AT TIME ZONE 'UTC', updated::timestamptz AT TIME ZONE 'UTC'
          FROM unnest(
            ${column((v) => ids.get(v.story.key)!)}::int[], ${column((v) => v.translation.locale)}::text[],
            ${column((v) => v.translation.slug)}::text[], ${column((v) => v.translation.headline)}::text[],
            ${column((v) => v.translation.dek)}::text[], ${column((v) => v.translation.body)}::text[],
            ${column((v) => v.translation.leadImageAlt)}::text[],
            ${column((v) => v.translation.leadImageCaption)}::text[], ${column((v) => v.translation.status)}::text[],
            ${column((v) => utc(v.story.publishedAt))}::text[],
            ${column((v) => utc(v.story.updatedAt ?? v.story.publishedAt))}::text[]
          ) AS row(story, locale, slug, headline, dek, body, alt, caption, status, created, updated)
          RETURNING id, slug, headline, dek, body, "leadImageAlt", "leadImageCaption"
        )
        INSERT INTO "TranslationRevision" ("translationId", number, slug, headline, dek, body,
          "leadImageAlt", "leadImageCaption", "sourceRevision")
        SELECT id, 1, slug, headline, dek, body, "leadImageAlt", "leadImageCaption", 1 FROM stored`;
      await this.schedulePublishing(
        tx,
        versions.flatMap(({ story, translation }) =>
          translation.publishAt
            ? [{ storyId: ids.get(story.key)!, locale: translation.locale, at: translation.publishAt }]
            : [],
        ),
      );
      // Published pairs go into the translation memory, as publishing in the newsroom puts them.
      await insertMemoryRows(
        tx,
        stories.flatMap((story) => {
          const published = story.translations.filter((t) => t.status === "PUBLISHED");
          const source = published.find((t) => t.locale === story.sourceLocale);
          if (!source) return [];
          return published
            .filter((t) => t !== source)
            .flatMap((target) =>
              memoryRows(source, target).map((row) => ({
                ...row,
                storyId: ids.get(story.key)!,
                publishedAt: new Date(story.updatedAt ?? story.publishedAt),
              })),
            );
        }),
      );
    }, STORE_TIMEOUT);
  }

  /**
   * Versions dated ahead, stored as drafts, get the schedule the newsroom
   * would give them: a row and its job, in the batch's transaction.
   */
  private async schedulePublishing(
    tx: Prisma.TransactionClient,
    versions: { storyId: number; locale: string; at: string }[],
  ): Promise<void> {
    if (versions.length === 0) return;
    const made = await tx.$queryRaw<{ id: number; runAt: Date }[]>`
      INSERT INTO "ScheduledChange" ("storyId", locale, step, "runAt")
      SELECT story, locale::"Locale", 'publish', at::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${versions.map((v) => v.storyId)}::int[], ${versions.map((v) => v.locale)}::text[],
        ${versions.map((v) => v.at)}::text[]) AS row(story, locale, at)
      RETURNING id, "runAt"`;
    for (const { id, runAt } of made) {
      await tx.$executeRaw`SELECT graphile_worker.add_job(
        ${SCHEDULED_CHANGE_TASK}, json_build_object('scheduleId', ${id}::int, 'requestId', ${currentRequestId()}::text),
        run_at => ${runAt}, job_key => ${scheduleJobKey(id)}, max_attempts => 10)`;
    }
  }

  /**
   * Settles what the file and the database already decide (refused and
   * skipped lines, new authors and topics) and returns the lines left to
   * store. Batches must be prepared one after the other, in file order; their
   * storing may then overlap (see importLines).
   */
  async prepare(batch: ImportLine[]): Promise<ImportLine[]> {
    const admissible = await this.admissible(batch);
    await this.ensureAuthors(admissible);
    return this.ensureTopics(admissible);
  }

  /** Stores prepared lines: the batch in one transaction, or, when it fails, line by line. */
  async storePrepared(ready: ImportLine[]): Promise<void> {
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

  async importBatch(batch: ImportLine[]): Promise<void> {
    await this.storePrepared(await this.prepare(batch));
  }
}
