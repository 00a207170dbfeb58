import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endCoverage } from "@/lib/live/live-coverage-commands";
import { deleteEntry, postEntry, saveEntryVersion } from "@/lib/live/live-entry-commands";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { loadInbox, markAllRead, setReceivedKinds } from "@/lib/notifications/inbox";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { notificationPath } from "@/lib/notifications/notification-sentence";
import { loadTimeToTranslation } from "@/lib/translation-desk/time-to-translation";
import { loadTranslationQueue } from "@/lib/translation-desk/translation-queue";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

// A live page's entries in the translation desk: the queue, the
// notifications (one per live page and language while unread) and the
// time to translation.

let prisma: PrismaClient;
let editor: NewsroomUser;
let rana: NewsroomUser;
let samir: NewsroomUser;
let jad: NewsroomUser;
let storyId: number;

seedDemoDatabaseForEachTest((client) => (prisma = client));

async function liveStory(slug: string, arabicPage: boolean): Promise<number> {
  const section = await prisma.section.findFirstOrThrow();
  const created = await createStory(editor, {
    kind: "live",
    sourceLocale: "en",
    sectionId: section.id,
    authorIds: [],
    image: null,
    fields: { slug, headline: `Live: ${slug}`, dek: "Updates.", body: "The session." },
  });
  if (!created.ok) throw new Error("story not created");
  await prisma.storyTranslation.update({
    where: { storyId_locale: { storyId: created.storyId, locale: "en" } },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  if (arabicPage) {
    await prisma.storyTranslation.create({
      data: {
        storyId: created.storyId,
        locale: "ar",
        slug: `ar-${slug}`,
        headline: `مباشر: ${slug}`,
        dek: "تحديثات.",
        body: "الجلسة.",
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
  }
  return created.storyId;
}

async function post(body: string, on = storyId): Promise<number> {
  const result = await postEntry(editor, { storyId: on, locale: "en", fields: { body } });
  if (!result.ok) throw new Error(`not posted: ${result.kind}`);
  return result.entryId;
}

async function translate(entryId: number, revision: number, publish: boolean, by = editor) {
  const result = await saveEntryVersion(by, {
    entryId,
    locale: "ar",
    revision,
    fields: { body: "نص مترجم." },
    publish,
  });
  expect(result.ok).toBe(true);
}

const liveRow = async (on = storyId) =>
  (await loadTranslationQueue("ar", "en")).entries.find((entry) => entry.live && entry.storyId === on);

const liveNotifications = async (member: NewsroomUser) =>
  (await loadInbox(member.id, "ar")).filter((item) => item.kind === "live_entry_posted");

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "ed@example.com");
  rana = await createMember(prisma, "TRANSLATOR", "rana@example.com", ["ar"]);
  samir = await createMember(prisma, "TRANSLATOR", "samir@example.com", ["ar"]);
  jad = await createMember(prisma, "TRANSLATOR", "jad@example.com", ["en"]);
  storyId = await liveStory("budget-vote-live", true);
});

describe("a live page's entries in the translation queue", () => {
  it("wait in the other language as one row per live page, opening the oldest waiting entry", async () => {
    const first = await post("The session opened.");
    await post("The first vote passed.");
    const row = await liveRow();
    expect(row).toMatchObject({ live: { waiting: 2, entryId: first }, headline: "Live: budget-vote-live" });
    expect(row!.headlineLocale).toBe("en");
    // Nothing waits in the language the entries were written in.
    const english = await loadTranslationQueue("en", "en");
    expect(english.entries.some((entry) => entry.live && entry.storyId === storyId)).toBe(false);
  });

  it("keep waiting as drafts, leave once published, and come back when the source changes", async () => {
    const entryId = await post("The session opened.");
    await translate(entryId, 0, false, rana);
    expect((await liveRow())?.live?.waiting).toBe(1);
    await translate(entryId, 1, true);
    expect(await liveRow()).toBeUndefined();
    const before = new Date();
    const edited = await saveEntryVersion(editor, {
      entryId,
      locale: "en",
      revision: 1,
      fields: { body: "The session opened at 11:00." },
      publish: true,
    });
    expect(edited.ok).toBe(true);
    const outdated = await liveRow();
    expect(outdated?.live).toEqual({ waiting: 1, entryId });
    // Waiting since the source changed, not since the entry was posted.
    expect(outdated!.waitingSince.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    await translate(entryId, 2, true);
    expect(await liveRow()).toBeUndefined();
  });

  it("never count deleted entries, still count those of ended coverage, and never wait where the page does not run", async () => {
    const gone = await post("A mistaken entry.");
    await post("The vote passed.");
    expect((await deleteEntry(editor, { entryId: gone })).ok).toBe(true);
    expect((await liveRow())?.live?.waiting).toBe(1);
    expect((await endCoverage(editor, { storyId })).ok).toBe(true);
    expect((await liveRow())?.live?.waiting).toBe(1);

    const englishOnly = await liveStory("english-only-live", false);
    await post("Only in English.", englishOnly);
    expect(await liveRow(englishOnly)).toBeUndefined();
  });
});

describe("a live page's entries in the notifications", () => {
  it("tell the other language's translators once per live page while unread, counting the entries", async () => {
    const first = await post("The session opened.");
    await post("The first vote passed.");
    await post("The second vote passed.");
    const [told, ...more] = await liveNotifications(rana);
    expect(more).toEqual([]);
    expect(told).toMatchObject({
      storyId,
      locale: "ar",
      unread: true,
      details: { entryId: first, count: 3 },
    });
    expect(notificationPath("ar", told!)).toBe(
      `/ar/newsroom/stories/${storyId}/live?edit=${first}&target=ar#desk-entry-${first}`,
    );
    expect(await liveNotifications(samir)).toHaveLength(1);
    // Not the translators of the entries' own language.
    expect(await liveNotifications(jad)).toEqual([]);

    // Read, the next entry starts a new notification.
    await markAllRead(rana);
    const next = await post("The session closed.");
    const [latest, earlier] = await liveNotifications(rana);
    expect(latest).toMatchObject({ unread: true, details: { entryId: next, count: 1 } });
    expect(earlier).toMatchObject({ unread: false, details: { count: 3 } });
  });

  it("tell them of a changed source too, and nothing to those who muted the kind", async () => {
    await setReceivedKinds(
      samir,
      NOTIFICATION_KINDS.filter((kind) => kind !== "live_entry_posted"),
    );
    const entryId = await post("The session opened.");
    await markAllRead(rana);
    await saveEntryVersion(editor, {
      entryId,
      locale: "en",
      revision: 1,
      fields: { body: "The session opened at 11:00." },
      publish: true,
    });
    const [changed] = await liveNotifications(rana);
    expect(changed).toMatchObject({ unread: true, details: { entryId, count: 1 } });
    expect(await liveNotifications(samir)).toEqual([]);
  });

  it("add up entries posted at the same moment into one notification", async () => {
    await Promise.all([post("One."), post("Two."), post("Three."), post("Four.")]);
    const told = await liveNotifications(rana);
    expect(told).toHaveLength(1);
    expect(told[0]!.details.count).toBe(4);
  });
});

describe("a live page's entries in the time to translation", () => {
  it("count in rows of their own: the first translation and the catch-up after a source edit", async () => {
    const now = new Date();
    const entryId = await post("The session opened.");
    await prisma.liveEntryTranslation.update({
      where: { entryId_locale: { entryId, locale: "en" } },
      data: { publishedAt: new Date(now.getTime() - 10 * 60_000) },
    });
    await translate(entryId, 0, true);
    const edited = await saveEntryVersion(editor, {
      entryId,
      locale: "en",
      revision: 1,
      fields: { body: "The session opened at 11:00." },
      publish: true,
    });
    expect(edited.ok).toBe(true);
    await translate(entryId, 1, true);
    const rows = await loadTimeToTranslation("en", new Date(Date.now() + 1000));
    const live = rows.find((row) => row.live && row.locale === "ar")!;
    expect(live.first[7].count).toBe(1);
    expect(live.first[7].medianSeconds).toBeGreaterThanOrEqual(599);
    expect(live.first[7].medianSeconds).toBeLessThan(660);
    expect(live.catchUp[7].count).toBe(1);
    expect(live.catchUp[7].medianSeconds).toBeLessThan(60);
    // The stories' own figures are left as they were.
    const stories = rows.find((row) => !row.live && row.locale === "ar" && row.sectionId === null)!;
    expect(stories.live).toBe(false);
    expect(rows.filter((row) => row.live).map((row) => row.locale)).toEqual(["en", "ar"]);
  });
});
