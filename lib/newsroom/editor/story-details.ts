import "server-only";
import type { Locale } from "next-intl";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { pickName } from "@/lib/stories/row-mappers";
import {
  ARTICLE_KINDS,
  kindFromRow,
  kindToRow,
  type ArticleKind,
  type StoryKind,
} from "@/lib/stories/story-kinds";
import { affectedTags } from "@/lib/newsroom/workflow/affected-tags";
import { namesUnknownUpload } from "@/lib/newsroom/media/body-image-uploads";
import { can } from "@/lib/newsroom/access/permissions";
import { uploadId } from "@/lib/media/image-variants";
import type { FocalPoint } from "@/lib/media/focal-crop";
import { CREDIT_MAX_LENGTH, setMediaCredit } from "@/lib/newsroom/media/media-credits";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import {
  parseTranslationFields,
  type FieldErrors,
  type TranslationInput,
} from "@/lib/newsroom/editor/translation-fields";

export const MAX_STORY_TOPICS = 10;

export interface LeadImage {
  src: string;
  width: number;
  height: number;
}

const detailsSchema = z.object({
  sectionId: z.number().int().positive(),
  authorIds: z.array(z.number().int().positive()).max(5),
  topicIds: z.array(z.number().int().positive()).max(MAX_STORY_TOPICS).optional(),
  image: z
    .object({
      src: z.string().regex(/^\/(images\/[\w./-]+|media\/[0-9a-f]{64})$/),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    })
    .nullable(),
  focus: z.object({ x: z.number().int().min(0).max(100), y: z.number().int().min(0).max(100) }).optional(),
  credit: z
    .object({ locale: z.enum(routing.locales), text: z.string().trim().min(1).max(CREDIT_MAX_LENGTH) })
    .optional(),
});

/** A credit typed with an image, in one language; it goes to the upload, not to the story. */
export interface TypedCredit {
  locale: Locale;
  text: string;
}

async function creditUpload(image: LeadImage | null, credit: TypedCredit | undefined): Promise<void> {
  const id = image ? uploadId(image.src) : null;
  if (id && credit) await setMediaCredit(id, credit.locale, credit.text);
}

export type CreateStoryResult =
  | { ok: true; storyId: number }
  | { ok: false; kind: "invalid"; errors: FieldErrors & { section?: "required" } }
  | { ok: false; kind: "forbidden" };

/** A new story starts as a draft in its source language; live coverage gets its entries once published. */
export async function createStory(
  actor: NewsroomUser | null,
  input: {
    kind?: StoryKind;
    sourceLocale: Locale;
    sectionId: number;
    authorIds: number[];
    image: LeadImage | null;
    /** The credit typed with an uploaded image, in the story's source language. */
    credit?: TypedCredit;
    fields: TranslationInput;
  },
): Promise<CreateStoryResult> {
  if (!can(actor, { type: "story.create" })) return { ok: false, kind: "forbidden" };
  const parsed = parseTranslationFields(input.fields);
  const details = detailsSchema.safeParse(input);
  const kindOk = input.kind === undefined || z.enum([...ARTICLE_KINDS, "live"]).safeParse(input.kind).success;
  // A retired section takes no new stories.
  const section = details.success
    ? await db().section.findFirst({ where: { id: input.sectionId, retiredAt: null } })
    : null;
  if (
    !parsed.ok ||
    !section ||
    !kindOk ||
    !(routing.locales as readonly string[]).includes(input.sourceLocale)
  ) {
    return {
      ok: false,
      kind: "invalid",
      errors: { ...(parsed.ok ? {} : parsed.errors), ...(section ? {} : { section: "required" as const }) },
    };
  }
  const fields = parsed.fields;
  if (await namesUnknownUpload(fields.body)) {
    return { ok: false, kind: "invalid", errors: { body: "imageUnknown" } };
  }
  const story = await db()
    .$transaction(async (tx) => {
      const created = await tx.story.create({
        data: {
          key: `${fields.slug.slice(0, 40)}-${randomBytes(3).toString("hex")}`,
          kind: kindToRow(input.kind ?? "news"),
          sourceLocale: input.sourceLocale,
          sectionId: section.id,
          leadImageSrc: input.image?.src ?? null,
          leadImageWidth: input.image?.width ?? null,
          leadImageHeight: input.image?.height ?? null,
          authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
          translations: {
            create: {
              locale: input.sourceLocale,
              ...fields,
              status: "DRAFT",
              revision: 1,
              sourceRevision: 1,
              revisions: { create: { number: 1, ...fields, sourceRevision: 1, authorId: actor!.id } },
            },
          },
        },
      });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "story.create",
        subject: `story:${created.id}/${input.sourceLocale}`,
        details: {
          slug: fields.slug,
          sectionId: section.id,
          ...(input.kind && input.kind !== "news" ? { kind: input.kind } : {}),
        },
      });
      return created;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return null;
      throw error;
    });
  // The key carries a random suffix, so only the source slug can clash.
  if (!story) return { ok: false, kind: "invalid", errors: { slug: "slugTaken" } };
  await creditUpload(input.image, input.credit);
  return { ok: true, storyId: story.id };
}

export type UpdateDetailsResult =
  { ok: true; tags: string[] } | { ok: false; kind: "forbidden" | "not-found" | "invalid" };

/**
 * Section, authors, lead image and kind: shared by every language version.
 * The kind moves between the article kinds only: live coverage stays live.
 */
export async function updateStoryDetails(
  actor: NewsroomUser | null,
  input: {
    storyId: number;
    sectionId: number;
    authorIds: number[];
    image: LeadImage | null;
    /** Left out, the story keeps its topics. */
    topicIds?: number[];
    /** Left out, the story keeps its kind. */
    kind?: ArticleKind;
    /** Left out, the story keeps its focal point. */
    focus?: FocalPoint;
    credit?: TypedCredit;
  },
): Promise<UpdateDetailsResult> {
  if (!can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  if (!detailsSchema.safeParse(input).success) return { ok: false, kind: "invalid" };
  const story = await db().story.findUnique({
    where: { id: input.storyId },
    include: { translations: true },
  });
  if (!story) return { ok: false, kind: "not-found" };
  if (
    input.kind !== undefined &&
    (story.kind === "LIVE" || !z.enum(ARTICLE_KINDS).safeParse(input.kind).success)
  )
    return { ok: false, kind: "invalid" };
  // A story may stay in its retired section, never move into one.
  const section = await db().section.findUnique({ where: { id: input.sectionId } });
  if (!section || (section.retiredAt && section.id !== story.sectionId))
    return { ok: false, kind: "invalid" };
  const topicIds = [...new Set(input.topicIds ?? [])];
  if ((await db().topic.count({ where: { id: { in: topicIds } } })) !== topicIds.length) {
    return { ok: false, kind: "invalid" };
  }
  await db().$transaction(async (tx) => {
    if (input.topicIds !== undefined) {
      await tx.storyTopic.deleteMany({ where: { storyId: story.id } });
      await tx.storyTopic.createMany({ data: topicIds.map((topicId) => ({ storyId: story.id, topicId })) });
    }
    await tx.storyAuthor.deleteMany({ where: { storyId: story.id } });
    await tx.story.update({
      where: { id: story.id },
      data: {
        sectionId: input.sectionId,
        ...(input.kind === undefined ? {} : { kind: kindToRow(input.kind) }),
        leadImageSrc: input.image?.src ?? null,
        leadImageWidth: input.image?.width ?? null,
        leadImageHeight: input.image?.height ?? null,
        ...(input.focus ? { leadImageFocusX: input.focus.x, leadImageFocusY: input.focus.y } : {}),
        lastUpdatedAt: new Date(),
        authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "story.details",
      subject: `story:${story.id}`,
      details: {
        sectionId: input.sectionId,
        authorIds: input.authorIds,
        ...(input.topicIds === undefined ? {} : { topicIds }),
        image: input.image?.src ?? null,
        ...(input.focus ? { focus: [input.focus.x, input.focus.y] } : {}),
        ...(input.kind === undefined ? {} : { kind: input.kind, previousKind: kindFromRow(story.kind) }),
      },
    });
  });
  await creditUpload(input.image, input.credit);
  // Section names are not touched here: a story moved to another section
  // shows up in its new section's list through the locale's lists tag, as a
  // new kind's label does on cards (home, sections, topic and author pages).
  const published = story.translations.filter((t) => t.status === "PUBLISHED");
  return { ok: true, tags: published.flatMap((t) => affectedTags(story.id, t.locale, [t.slug])) };
}

export async function authorChoices(uiLocale: Locale): Promise<{ id: number; name: string }[]> {
  const authors = await db().author.findMany({ include: { translations: true }, orderBy: { id: "asc" } });
  return authors.map((author) => ({
    id: author.id,
    name: pickName(author.translations, uiLocale, author.key),
  }));
}

export async function loadStoryDetails(storyId: number): Promise<{
  sectionId: number;
  authorIds: number[];
  topicIds: number[];
  imageChoice: string;
  focus: FocalPoint;
  kind: StoryKind;
} | null> {
  const story = await db().story.findUnique({
    where: { id: storyId },
    include: { authors: { orderBy: { position: "asc" } }, topics: true },
  });
  return story
    ? {
        sectionId: story.sectionId,
        authorIds: story.authors.map((a) => a.authorId),
        topicIds: story.topics.map((t) => t.topicId),
        // As the image chooser's radio sends it: "src|width|height", "" for none.
        imageChoice: story.leadImageSrc
          ? `${story.leadImageSrc}|${story.leadImageWidth ?? 0}|${story.leadImageHeight ?? 0}`
          : "",
        focus: { x: story.leadImageFocusX, y: story.leadImageFocusY },
        kind: kindFromRow(story.kind),
      }
    : null;
}
