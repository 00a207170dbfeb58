import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import type { LeadImage } from "@/lib/stories/story-types";
import { tellTranslatorsOfEntry } from "@/lib/live/live-entry-notifications";
import { parseEntryFields, type EntryFieldErrors, type EntryInput } from "@/lib/live/live-entry-fields";

export type LiveCommandResult<Extra = object> =
  | ({ ok: true; tags: string[] } & Extra)
  | { ok: false; kind: "invalid"; errors: EntryFieldErrors }
  | { ok: false; kind: "forbidden" | "not-found" | "not-allowed-now" | "stale" };

type Tx = Prisma.TransactionClient;

/** The image an entry shows: a site image's address and size (as a story's lead image). */
export type EntryImage = Omit<LeadImage, "alt">;

/** A live story still running (not ended), locked so an end or a delete cannot slip in between. */
export async function runningLiveStory(tx: Tx, storyId: number): Promise<{ ended: boolean } | null> {
  const [row] = await tx.$queryRaw<{ kind: string; liveEndedAt: Date | null }[]>`
    SELECT "kind"::text AS "kind", "liveEndedAt" FROM "Story" WHERE "id" = ${storyId} FOR UPDATE`;
  return row?.kind === "LIVE" ? { ended: row.liveEndedAt !== null } : null;
}

/** An entry with its story, locked; null when gone or deleted. */
async function lockedEntry(tx: Tx, entryId: number) {
  const [row] = await tx.$queryRaw<
    { id: number; storyId: number; sourceLocale: Locale; sourceRevision: number; deletedAt: Date | null }[]
  >`SELECT "id", "storyId", "sourceLocale"::text AS "sourceLocale", "sourceRevision", "deletedAt"
    FROM "LiveEntry" WHERE "id" = ${entryId} FOR UPDATE`;
  return row && row.deletedAt === null ? row : null;
}

/**
 * Posts an entry on a live page in one language: published there at once
 * (the composer is for news as it breaks), and offered to the other
 * language's translators. Posting is publishing in that language.
 */
export async function postEntry(
  actor: NewsroomUser | null,
  request: { storyId: number; locale: Locale; fields: EntryInput; image?: EntryImage | null },
): Promise<LiveCommandResult<{ entryId: number }>> {
  const { storyId, locale } = request;
  if (!can(actor, { type: "translation.publish", locale })) return { ok: false, kind: "forbidden" };
  const parsed = parseEntryFields(request.fields);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const result = await db().$transaction(async (tx): Promise<LiveCommandResult<{ entryId: number }>> => {
    const story = await runningLiveStory(tx, storyId);
    if (!story) return { ok: false, kind: "not-found" };
    if (story.ended) return { ok: false, kind: "not-allowed-now" };
    const version = await tx.storyTranslation.findUnique({
      where: { storyId_locale: { storyId, locale } },
      select: { id: true },
    });
    // A language the page does not run in has no page to post on.
    if (!version) return { ok: false, kind: "not-found" };
    const now = new Date();
    const entry = await tx.liveEntry.create({
      data: {
        storyId,
        sourceLocale: locale,
        postedAt: now,
        imageSrc: request.image?.src ?? null,
        imageWidth: request.image?.width ?? null,
        imageHeight: request.image?.height ?? null,
        translations: {
          create: {
            locale,
            ...parsed.fields,
            status: "PUBLISHED",
            publishedAt: now,
            revisions: {
              create: {
                number: 1,
                title: parsed.fields.title,
                body: parsed.fields.body,
                imageCaption: parsed.fields.imageCaption,
                authorId: actor!.id,
              },
            },
          },
        },
      },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "live.entry.post",
      subject: `story:${storyId}/${locale}`,
      details: { entryId: entry.id, sourceRevision: 1 },
    });
    return { ok: true, entryId: entry.id, tags: [cacheTags.live(storyId, locale)] };
  });
  if (result.ok) {
    await tellTranslatorsOfEntry({
      storyId,
      entryId: result.entryId,
      sourceLocale: locale,
      actorId: actor!.id,
    });
  }
  return result;
}

/**
 * Saves a language version of an entry: the source text edited, or a
 * translation written or corrected. `revision` is the number the editor
 * started from (0 for a translation not yet begun); a save over someone
 * else's newer text is refused as stale. `publish` puts it on the page
 * (or keeps it there); without it a new translation stays a draft.
 */
export async function saveEntryVersion(
  actor: NewsroomUser | null,
  request: {
    entryId: number;
    locale: Locale;
    revision: number;
    fields: EntryInput;
    publish: boolean;
    /** A new image for the entry (its source language's form only); left out, the image stays. */
    image?: EntryImage;
  },
): Promise<LiveCommandResult<{ revision: number }>> {
  const { entryId, locale } = request;
  const right = request.publish ? "translation.publish" : "translation.edit";
  if (!can(actor, { type: right, locale })) return { ok: false, kind: "forbidden" };
  const parsed = parseEntryFields(request.fields);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const fields = parsed.fields;
  // Set inside the transaction when the source text changed: its translators are told once it commits.
  let changedSource = null as { storyId: number; sourceLocale: Locale } | null;
  const result = await db().$transaction(async (tx): Promise<LiveCommandResult<{ revision: number }>> => {
    const entry = await lockedEntry(tx, entryId);
    if (!entry) return { ok: false, kind: "not-found" };
    const existing = await tx.liveEntryTranslation.findUnique({
      where: { entryId_locale: { entryId, locale } },
    });
    if ((existing?.revision ?? 0) !== request.revision) return { ok: false, kind: "stale" };
    // Published text changes only with the right to publish: a translator's
    // save on a published entry would change what readers see.
    if (existing?.status === "PUBLISHED" && !can(actor, { type: "translation.publish", locale })) {
      return { ok: false, kind: "forbidden" };
    }
    const isSource = locale === entry.sourceLocale;
    const sourceRevision = isSource ? entry.sourceRevision + 1 : entry.sourceRevision;
    if (isSource) {
      const image = request.image
        ? { imageSrc: request.image.src, imageWidth: request.image.width, imageHeight: request.image.height }
        : {};
      await tx.liveEntry.update({ where: { id: entryId }, data: { sourceRevision, ...image } });
    }
    const number = request.revision + 1;
    const published = request.publish || existing?.status === "PUBLISHED";
    const now = new Date();
    const version = await tx.liveEntryTranslation.upsert({
      where: { entryId_locale: { entryId, locale } },
      create: {
        entryId,
        locale,
        ...fields,
        sourceRevision,
        revision: number,
        status: published ? "PUBLISHED" : "DRAFT",
        publishedAt: published ? now : null,
      },
      update: {
        ...fields,
        sourceRevision,
        revision: number,
        status: published ? "PUBLISHED" : "DRAFT",
        publishedAt: existing?.publishedAt ?? (published ? now : null),
      },
    });
    await tx.liveEntryRevision.create({
      data: {
        translationId: version.id,
        number,
        title: fields.title,
        body: fields.body,
        imageCaption: fields.imageCaption,
        authorId: actor!.id,
      },
    });
    const action = existing ? "live.entry.edit" : "live.entry.translate";
    await recordAudit(tx, {
      actorId: actor!.id,
      action: published && existing?.status !== "PUBLISHED" ? "live.entry.publish" : action,
      subject: `story:${entry.storyId}/${locale}`,
      // The source revision it was written from, and whether readers have it: time to translation's catch-up.
      details: { entryId, revision: number, sourceRevision, published: published ? 1 : 0 },
    });
    if (isSource) changedSource = { storyId: entry.storyId, sourceLocale: entry.sourceLocale };
    const visible = published || existing?.status === "PUBLISHED";
    // A new image shows in every language the entry is published in.
    const tags =
      isSource && request.image
        ? await entryPageTags(tx, entryId, entry.storyId)
        : visible
          ? [cacheTags.live(entry.storyId, locale)]
          : [];
    return { ok: true, revision: number, tags };
  });
  if (result.ok && changedSource) {
    await tellTranslatorsOfEntry({ ...changedSource, entryId, actorId: actor!.id });
  }
  return result;
}

/** Every language page an entry appears on. */
async function entryPageTags(tx: Tx, entryId: number, storyId: number): Promise<string[]> {
  const versions = await tx.liveEntryTranslation.findMany({
    where: { entryId, status: "PUBLISHED" },
    select: { locale: true },
  });
  return versions.map(({ locale }) => cacheTags.live(storyId, locale));
}

/** Takes an entry off the page in every language; its revisions stay for the record. */
export async function deleteEntry(
  actor: NewsroomUser | null,
  request: { entryId: number },
): Promise<LiveCommandResult> {
  if (!can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<LiveCommandResult> => {
    const entry = await lockedEntry(tx, request.entryId);
    if (!entry) return { ok: false, kind: "not-found" };
    await tx.liveEntry.update({ where: { id: entry.id }, data: { deletedAt: new Date(), pinned: false } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "live.entry.delete",
      subject: `story:${entry.storyId}/${entry.sourceLocale}`,
      details: { entryId: entry.id },
    });
    return { ok: true, tags: await entryPageTags(tx, entry.id, entry.storyId) };
  });
}

/** Pins an entry above the others, or lets it go back to its place in time. */
export async function setEntryPinned(
  actor: NewsroomUser | null,
  request: { entryId: number; pinned: boolean },
): Promise<LiveCommandResult> {
  if (!can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<LiveCommandResult> => {
    const entry = await lockedEntry(tx, request.entryId);
    if (!entry) return { ok: false, kind: "not-found" };
    await tx.liveEntry.update({ where: { id: entry.id }, data: { pinned: request.pinned } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: request.pinned ? "live.entry.pin" : "live.entry.unpin",
      subject: `story:${entry.storyId}/${entry.sourceLocale}`,
      details: { entryId: entry.id },
    });
    return { ok: true, tags: await entryPageTags(tx, entry.id, entry.storyId) };
  });
}
