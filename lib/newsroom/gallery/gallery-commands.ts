import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { affectedTags } from "@/lib/newsroom/workflow/affected-tags";
import { uploadPageTags } from "@/lib/newsroom/media/upload-pages";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";

export type GalleryResult = { ok: true; tags: string[] } | { ok: false; kind: GalleryRefusal };
export type GalleryRefusal = "forbidden" | "not-found" | "full";

type Tx = Prisma.TransactionClient;

/** The pages a gallery change shows on: every published version of each story using the picture. */
async function storyTags(tx: Tx, storyIds: number[]): Promise<string[]> {
  const published = await tx.storyTranslation.findMany({
    where: { storyId: { in: storyIds }, status: "PUBLISHED" },
    select: { storyId: true, locale: true, slug: true },
  });
  return published.flatMap((t) => affectedTags(t.storyId, t.locale, [t.slug]));
}

async function touch(tx: Tx, actor: NewsroomUser, storyId: number, details: Prisma.InputJsonObject) {
  // Reader pages order by and show the last change; the lock keeps positions one writer at a time.
  await tx.story.update({ where: { id: storyId }, data: { lastUpdatedAt: new Date() } });
  await recordAudit(tx, { actorId: actor.id, action: "story.gallery", subject: `story:${storyId}`, details });
}

/** Locks the story row so that concurrent gallery changes to it run one after another. */
async function lockStory(tx: Tx, storyId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: number }[]
  >`SELECT "id" FROM "Story" WHERE "id" = ${storyId} FOR UPDATE`;
  return rows.length === 1;
}

/** Appends an uploaded picture to a story's gallery (a picture already in it stays where it is). */
export async function addGalleryImage(
  actor: NewsroomUser | null,
  input: { storyId: number; mediaId: string; width: number; height: number },
): Promise<GalleryResult & { imageId?: number }> {
  if (!actor || !can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    if (!(await lockStory(tx, input.storyId))) return { ok: false, kind: "not-found" };
    const existing = await tx.storyGalleryImage.findUnique({
      where: { storyId_mediaId: { storyId: input.storyId, mediaId: input.mediaId } },
    });
    if (existing) return { ok: true, tags: [], imageId: existing.id };
    const count = await tx.storyGalleryImage.count({ where: { storyId: input.storyId } });
    if (count >= GALLERY_LIMITS.images) return { ok: false, kind: "full" };
    const last = await tx.storyGalleryImage.aggregate({
      where: { storyId: input.storyId },
      _max: { position: true },
    });
    const image = await tx.storyGalleryImage.create({
      data: { ...input, position: (last._max.position ?? 0) + 1 },
    });
    await touch(tx, actor, input.storyId, { change: "add", mediaId: input.mediaId });
    return { ok: true, tags: await storyTags(tx, [input.storyId]), imageId: image.id };
  });
}

/** Swaps a picture with its neighbour: earlier (towards the first) or later. */
export async function moveGalleryImage(
  actor: NewsroomUser | null,
  input: { storyId: number; imageId: number; direction: "earlier" | "later" },
): Promise<GalleryResult> {
  if (!actor || !can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    if (!(await lockStory(tx, input.storyId))) return { ok: false, kind: "not-found" };
    const image = await tx.storyGalleryImage.findFirst({
      where: { id: input.imageId, storyId: input.storyId },
    });
    if (!image) return { ok: false, kind: "not-found" };
    const earlier = input.direction === "earlier";
    const neighbour = await tx.storyGalleryImage.findFirst({
      where: { storyId: input.storyId, position: earlier ? { lt: image.position } : { gt: image.position } },
      orderBy: { position: earlier ? "desc" : "asc" },
    });
    // The first cannot go earlier, nor the last later: nothing to do.
    if (!neighbour) return { ok: true, tags: [] };
    // Positions are unique: park one below any real position while they swap.
    await tx.storyGalleryImage.update({ where: { id: image.id }, data: { position: -1 } });
    await tx.storyGalleryImage.update({ where: { id: neighbour.id }, data: { position: image.position } });
    await tx.storyGalleryImage.update({ where: { id: image.id }, data: { position: neighbour.position } });
    await touch(tx, actor, input.storyId, {
      change: "move",
      mediaId: image.mediaId,
      direction: input.direction,
    });
    return { ok: true, tags: await storyTags(tx, [input.storyId]) };
  });
}

/** Takes a picture out of the gallery; the upload itself stays in the library. */
export async function removeGalleryImage(
  actor: NewsroomUser | null,
  input: { storyId: number; imageId: number },
): Promise<GalleryResult> {
  if (!actor || !can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    if (!(await lockStory(tx, input.storyId))) return { ok: false, kind: "not-found" };
    const removed = await tx.storyGalleryImage.deleteMany({
      where: { id: input.imageId, storyId: input.storyId },
    });
    if (removed.count === 0) return { ok: false, kind: "not-found" };
    await touch(tx, actor, input.storyId, { change: "remove", imageId: input.imageId });
    return { ok: true, tags: await storyTags(tx, [input.storyId]) };
  });
}

/**
 * One language's words for a gallery picture: caption, alt text and the
 * picture's credit. A translator may word only the languages they translate.
 * The credit belongs to the upload, so every story showing it changes too.
 */
export async function setGalleryWords(
  actor: NewsroomUser | null,
  /** `credit` left out: the upload keeps its credit in this language. */
  input: { storyId: number; imageId: number; locale: Locale; caption: string; alt: string; credit?: string },
): Promise<GalleryResult> {
  if (!actor || !can(actor, { type: "translation.edit", locale: input.locale })) {
    return { ok: false, kind: "forbidden" };
  }
  return db().$transaction(async (tx) => {
    if (!(await lockStory(tx, input.storyId))) return { ok: false, kind: "not-found" };
    const image = await tx.storyGalleryImage.findFirst({
      where: { id: input.imageId, storyId: input.storyId },
    });
    if (!image) return { ok: false, kind: "not-found" };
    const words = { caption: input.caption, alt: input.alt };
    await tx.storyGalleryCaption.upsert({
      where: { imageId_locale: { imageId: image.id, locale: input.locale } },
      create: { imageId: image.id, locale: input.locale, ...words },
      update: words,
    });
    if (input.credit === undefined) {
      // Kept as it is.
    } else if (input.credit === "")
      await tx.mediaCredit.deleteMany({ where: { mediaId: image.mediaId, locale: input.locale } });
    else {
      await tx.mediaCredit.upsert({
        where: { mediaId_locale: { mediaId: image.mediaId, locale: input.locale } },
        create: { mediaId: image.mediaId, locale: input.locale, credit: input.credit },
        update: { credit: input.credit },
      });
    }
    await touch(tx, actor, input.storyId, { change: "words", mediaId: image.mediaId, locale: input.locale });
    const here = await storyTags(tx, [input.storyId]);
    const elsewhere = input.credit === undefined ? [] : await uploadPageTags(tx, image.mediaId);
    return { ok: true, tags: [...new Set([...here, ...elsewhere])] };
  });
}
