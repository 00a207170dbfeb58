import "server-only";
import type { Locale } from "next-intl";
import { randomBytes } from "node:crypto";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import { parseTopicNames, type TopicErrors, type TopicNameInput } from "@/lib/topics/topic-names";

export type TopicCommandResult =
  | { ok: true; topicId: number; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: TopicErrors };

// A topic's pages, every story page that links it, and both languages'
// lists (sitemaps, feeds) change with its names.
const topicTags = () => [cacheTags.topics(), ...routing.locales.map((locale) => cacheTags.lists(locale))];

/** Which of the slugs another topic holds: the unique index only says that one does. */
async function taken(names: TopicNameInput, topicId: number | null): Promise<TopicErrors> {
  const errors: TopicErrors = {};
  for (const [locale, name] of Object.entries(names) as [Locale, { slug: string }][]) {
    const holder = await db().topicTranslation.findUnique({
      where: { locale_slug: { locale, slug: name.slug } },
    });
    if (holder && holder.topicId !== topicId) errors[locale] = { slug: "slugTaken" };
  }
  return errors;
}

/** Frees a slug a rename or merge once retired, so it can name a topic again. */
async function reclaimSlugs(tx: Prisma.TransactionClient, names: TopicNameInput): Promise<void> {
  for (const [locale, name] of Object.entries(names) as [Locale, { slug: string }][]) {
    await tx.retiredTopicSlug.deleteMany({ where: { locale, slug: name.slug } });
  }
}

/**
 * The common path of create and rename: the right, then the names, then
 * `store` in one transaction that first frees retired slugs; a slug another
 * topic holds comes back as that field's error.
 */
async function storeNames(
  actor: NewsroomUser | null,
  input: TopicNameInput,
  topicId: number | null,
  store: (tx: Prisma.TransactionClient, names: TopicNameInput, actorId: string) => Promise<number | null>,
): Promise<TopicCommandResult> {
  if (!can(actor, { type: "topics.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = parseTopicNames(input);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const names = parsed.names;
  try {
    const stored = await db().$transaction(async (tx) => {
      await reclaimSlugs(tx, names);
      return store(tx, names, actor!.id);
    });
    return stored === null
      ? { ok: false, kind: "not-found" }
      : { ok: true, topicId: stored, tags: topicTags() };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: "invalid", errors: await taken(names, topicId) };
    throw error;
  }
}

export function createTopic(actor: NewsroomUser | null, input: TopicNameInput): Promise<TopicCommandResult> {
  return storeNames(actor, input, null, async (tx, names, actorId) => {
    const key = `${(names.en ?? names.ar)!.slug.slice(0, 40)}-${randomBytes(3).toString("hex")}`;
    const row = await tx.topic.create({
      data: {
        key,
        translations: {
          create: Object.entries(names).map(([locale, name]) => ({ locale: locale as Locale, ...name })),
        },
      },
    });
    await recordAudit(tx, { actorId, action: "topic.create", subject: `topic:${row.id}`, details: names });
    return row.id;
  });
}

/**
 * New names or slugs for a topic. A slug it gives up keeps answering, with
 * a permanent redirect to the new one.
 */
export function renameTopic(
  actor: NewsroomUser | null,
  topicId: number,
  input: TopicNameInput,
): Promise<TopicCommandResult> {
  return storeNames(actor, input, topicId, async (tx, names, actorId) => {
    const topic = await tx.topic.findUnique({ where: { id: topicId }, include: { translations: true } });
    if (!topic) return null;
    for (const old of topic.translations) {
      if (names[old.locale]?.slug !== old.slug) {
        await tx.retiredTopicSlug.create({ data: { locale: old.locale, slug: old.slug, topicId } });
      }
    }
    await tx.topicTranslation.deleteMany({ where: { topicId } });
    await tx.topicTranslation.createMany({
      data: Object.entries(names).map(([locale, name]) => ({
        topicId,
        locale: locale as Locale,
        ...name,
      })),
    });
    await recordAudit(tx, { actorId, action: "topic.rename", subject: `topic:${topicId}`, details: names });
    return topicId;
  });
}

/**
 * Folds one topic into another: its stories join the other topic, and its
 * slugs (current and retired) redirect there permanently. The merged topic
 * is gone.
 */
export async function mergeTopics(
  actor: NewsroomUser | null,
  fromId: number,
  intoId: number,
): Promise<TopicCommandResult> {
  if (!can(actor, { type: "topics.manage" })) return { ok: false, kind: "forbidden" };
  if (fromId === intoId) return { ok: false, kind: "invalid", errors: { names: "required" } };
  const found = await db().$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.topic.findUnique({ where: { id: fromId }, include: { translations: true, stories: true } }),
      tx.topic.findUnique({ where: { id: intoId } }),
    ]);
    if (!from || !into) return false;
    await tx.storyTopic.createMany({
      data: from.stories.map(({ storyId }) => ({ storyId, topicId: intoId })),
      skipDuplicates: true,
    });
    await tx.retiredTopicSlug.updateMany({ where: { topicId: fromId }, data: { topicId: intoId } });
    await tx.retiredTopicSlug.createMany({
      data: from.translations.map(({ locale, slug }) => ({ locale, slug, topicId: intoId })),
    });
    await tx.topic.delete({ where: { id: fromId } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "topic.merge",
      subject: `topic:${intoId}`,
      details: { merged: from.key },
    });
    return true;
  });
  return found ? { ok: true, topicId: intoId, tags: topicTags() } : { ok: false, kind: "not-found" };
}
