import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endCoverage, setKeyPoints } from "@/lib/live/live-coverage-commands";
import { ENTRY_LIMITS } from "@/lib/live/live-entry-fields";
import { deleteEntry, postEntry, saveEntryVersion, setEntryPinned } from "@/lib/live/live-entry-commands";
import { ENTRIES_PER_PAGE, loadLiveEntries, loadLiveEntry } from "@/lib/live/live-page-data";
import { loadLiveDesk } from "@/lib/live/live-desk-data";
import { loadEntryRevisions } from "@/lib/live/live-entry-revisions";
import { liveUpdatesOf } from "@/lib/live/live-updates-data";
import { liveFeedXml } from "@/lib/seo/live-feed-xml";
import { queryNewsEntries } from "@/lib/seo/sitemap-entries";
import { newsSitemapXml } from "@/lib/seo/sitemap-xml";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translatorAr: NewsroomUser;
let storyId: number;

seedDemoDatabaseForEachTest((client) => (prisma = client));

const first = {
  title: "Parliament opens the session",
  body: "The speaker opened the session at **11:00** with 97 of 128 members present.",
};
const firstInArabic = {
  title: "البرلمان يفتتح الجلسة",
  body: "افتتح رئيس المجلس الجلسة عند الساعة الحادية عشرة بحضور ٩٧ نائبًا من أصل ١٢٨.",
};

/** A live page running in English and Arabic, both published. */
async function liveStory(): Promise<number> {
  const section = await prisma.section.findFirstOrThrow();
  const created = await createStory(editor, {
    kind: "live",
    sourceLocale: "en",
    sectionId: section.id,
    authorIds: [],
    image: null,
    fields: {
      slug: "parliament-session-live",
      headline: "Live: parliament votes on the budget",
      dek: "Updates as the session goes on.",
      body: "Parliament meets to vote on the budget.",
    },
  });
  if (!created.ok) throw new Error("story not created");
  const id = created.storyId;
  await prisma.storyTranslation.update({
    where: { storyId_locale: { storyId: id, locale: "en" } },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  await prisma.storyTranslation.create({
    data: {
      storyId: id,
      locale: "ar",
      slug: "جلسة-البرلمان-مباشر",
      headline: "مباشر: البرلمان يصوّت على الموازنة",
      dek: "تحديثات متتابعة مع سير الجلسة.",
      body: "يجتمع المجلس للتصويت على الموازنة.",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  return id;
}

async function post(text: { title?: string; body: string }, locale: "en" | "ar" = "en"): Promise<number> {
  const result = await postEntry(editor, { storyId, locale, fields: text });
  if (!result.ok) throw new Error(`not posted: ${result.kind}`);
  return result.entryId;
}

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "ed@example.com");
  translatorAr = await createMember(prisma, "TRANSLATOR", "tr@example.com", ["ar"]);
  storyId = await liveStory();
});

describe("live coverage", () => {
  it("an editor's entry is on its language's page at once, purging that page alone, and audited", async () => {
    const result = await postEntry(editor, { storyId, locale: "en", fields: first });
    expect(result).toMatchObject({ ok: true, tags: [cacheTags.live(storyId, "en")] });
    const english = (await loadLiveEntries(storyId, "en", 1))!;
    expect(english.entries).toEqual([
      expect.objectContaining({ title: first.title, body: first.body, pinned: false, image: null }),
    ]);
    expect((await loadLiveEntries(storyId, "ar", 1))!.entries).toEqual([]);
    const audit = await prisma.auditEntry.findMany({ where: { action: "live.entry.post" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: editor.id, storyId })]);
    const page = (await loadStoryPage(storyId, "en"))!;
    expect(page).toMatchObject({ kind: "live", liveEndedAt: null, live: true });
  });

  it("an entry reaches the other language once translated and published there, at its first time", async () => {
    const entryId = await post(first);
    const draft = await saveEntryVersion(translatorAr, {
      entryId,
      locale: "ar",
      revision: 0,
      fields: firstInArabic,
      publish: false,
    });
    expect(draft).toMatchObject({ ok: true, revision: 1, tags: [] });
    expect((await loadLiveEntries(storyId, "ar", 1))!.entries).toEqual([]);
    // A translator never publishes.
    expect(
      await saveEntryVersion(translatorAr, {
        entryId,
        locale: "ar",
        revision: 1,
        fields: firstInArabic,
        publish: true,
      }),
    ).toEqual({ ok: false, kind: "forbidden" });
    // Someone else's newer text is not overwritten.
    expect(
      await saveEntryVersion(editor, {
        entryId,
        locale: "ar",
        revision: 0,
        fields: firstInArabic,
        publish: true,
      }),
    ).toEqual({ ok: false, kind: "stale" });
    const published = await saveEntryVersion(editor, {
      entryId,
      locale: "ar",
      revision: 1,
      fields: firstInArabic,
      publish: true,
    });
    expect(published).toMatchObject({ ok: true, revision: 2, tags: [cacheTags.live(storyId, "ar")] });
    const [arabic] = (await loadLiveEntries(storyId, "ar", 1))!.entries;
    const [english] = (await loadLiveEntries(storyId, "en", 1))!.entries;
    expect(arabic).toMatchObject({ id: entryId, title: firstInArabic.title, postedAt: english!.postedAt });
    expect(await loadLiveEntry(storyId, "ar", entryId)).toMatchObject({ body: firstInArabic.body });
    const actions = (await prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).map(
      (entry) => entry.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["live.entry.translate", "live.entry.publish"]));
  });

  it("editing the source keeps every revision and marks translations as made from an older one", async () => {
    const entryId = await post(first);
    const edited = await saveEntryVersion(editor, {
      entryId,
      locale: "en",
      revision: 1,
      fields: { ...first, body: `${first.body} Voting starts at noon.` },
      publish: true,
    });
    expect(edited).toMatchObject({ ok: true, revision: 2 });
    const entry = await prisma.liveEntry.findUniqueOrThrow({
      where: { id: entryId },
      include: { translations: { include: { revisions: { orderBy: { number: "asc" } } } } },
    });
    expect(entry.sourceRevision).toBe(2);
    expect(entry.translations[0]!.revisions.map((revision) => revision.body)).toEqual([
      first.body,
      `${first.body} Voting starts at noon.`,
    ]);
    // What the desk shows: per language, oldest first, each with its author.
    const shown = await loadEntryRevisions(storyId, entryId, "en");
    expect(shown).toEqual([
      {
        locale: "en",
        revisions: [
          expect.objectContaining({ number: 1, body: first.body, author: expect.any(String) }),
          expect.objectContaining({ number: 2, body: `${first.body} Voting starts at noon.` }),
        ],
      },
    ]);
    // Another story's id never shows this entry's history.
    expect(await loadEntryRevisions(storyId + 1000, entryId, "en")).toEqual([]);
  });

  it("the updates answer a live page polls names its first page's entries, pinned first, until the coverage ends", async () => {
    const older = await post({ body: "An older update." });
    const newer = await post({ body: "A newer update." });
    await setEntryPinned(editor, { entryId: older, pinned: true });
    const answer = async () =>
      liveUpdatesOf(await loadStoryPage(storyId, "en"), await loadLiveEntries(storyId, "en", 1));
    expect(await answer()).toEqual({ ended: false, ids: [older, newer] });
    await endCoverage(editor, { storyId });
    expect(await answer()).toEqual({ ended: true, ids: [older, newer] });
    // Not a live page: no answer.
    const news = await prisma.story.findFirstOrThrow({ where: { kind: "NEWS" } });
    expect(liveUpdatesOf(await loadStoryPage(news.id, "en"), null)).toBeNull();
  });

  it("pins above the pages, pages the rest newest first, and deletes from every language", async () => {
    const ids: number[] = [];
    for (let n = 1; n <= ENTRIES_PER_PAGE + 5; n++) ids.push(await post({ body: `Update number ${n}.` }));
    expect(await setEntryPinned(editor, { entryId: ids[0]!, pinned: true })).toMatchObject({ ok: true });
    const one = (await loadLiveEntries(storyId, "en", 1))!;
    expect(one.pinned.map((entry) => entry.id)).toEqual([ids[0]]);
    expect(one.entries[0]!.id).toBe(ids.at(-1));
    expect(one).toMatchObject({ page: 1, pageCount: 2, total: ENTRIES_PER_PAGE + 5 });
    const two = (await loadLiveEntries(storyId, "en", 2))!;
    expect(two.pinned).toEqual([]);
    expect(two.entries.map((entry) => entry.id)).toEqual(ids.slice(1, 5).reverse());
    expect(await loadLiveEntries(storyId, "en", 3)).toBeNull();

    await saveEntryVersion(editor, {
      entryId: ids[1]!,
      locale: "ar",
      revision: 0,
      fields: firstInArabic,
      publish: true,
    });
    const deleted = await deleteEntry(editor, { entryId: ids[1]! });
    expect(deleted.ok && [...deleted.tags].sort()).toEqual(
      [cacheTags.live(storyId, "ar"), cacheTags.live(storyId, "en")].sort(),
    );
    expect(await loadLiveEntry(storyId, "en", ids[1]!)).toBeNull();
    expect((await loadLiveEntries(storyId, "ar", 1))!.entries).toEqual([]);
    expect(await deleteEntry(editor, { entryId: ids[1]! })).toEqual({ ok: false, kind: "not-found" });
  });

  it("key points sit above the entries of their language", async () => {
    const points = "- Budget vote expected this afternoon\n- 97 members present";
    expect(await setKeyPoints(editor, { storyId, locale: "en", keyPoints: points })).toMatchObject({
      ok: true,
      tags: [cacheTags.live(storyId, "en")],
    });
    expect((await loadLiveEntries(storyId, "en", 1))!.keyPoints).toBe(points);
    expect((await loadLiveEntries(storyId, "ar", 1))!.keyPoints).toBe("");
    expect(await setKeyPoints(translatorAr, { storyId, locale: "ar", keyPoints: "- نقطة" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
  });

  it("refuses what it should, storing nothing", async () => {
    expect(await postEntry(translatorAr, { storyId, locale: "ar", fields: firstInArabic })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await postEntry(editor, { storyId, locale: "en", fields: { title: "x", body: "  " } })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { body: "required" },
    });
    const long = "a".repeat(ENTRY_LIMITS.body + 1);
    expect(await postEntry(editor, { storyId, locale: "en", fields: { body: long } })).toMatchObject({
      errors: { body: "tooLong" },
    });
    const news = await prisma.story.findFirstOrThrow({ where: { kind: "NEWS" } });
    expect(await postEntry(editor, { storyId: news.id, locale: "en", fields: first })).toEqual({
      ok: false,
      kind: "not-found",
    });
    expect(await prisma.liveEntry.count({ where: { storyId } })).toBe(0);
  });

  it("ending the coverage keeps the page as an archive, closed to new entries and no longer live in lists", async () => {
    await post(first);
    const ended = await endCoverage(editor, { storyId });
    expect(ended.ok && ended.tags).toEqual(
      expect.arrayContaining([cacheTags.story(storyId), cacheTags.lists("en"), cacheTags.lists("ar")]),
    );
    expect(await postEntry(editor, { storyId, locale: "en", fields: first })).toEqual({
      ok: false,
      kind: "not-allowed-now",
    });
    expect(await endCoverage(editor, { storyId })).toEqual({ ok: false, kind: "not-allowed-now" });
    const page = (await loadStoryPage(storyId, "en"))!;
    expect(page.live).toBe(false);
    expect(page.liveEndedAt).not.toBeNull();
    expect((await loadLiveEntries(storyId, "en", 1))!.entries).toHaveLength(1);
  });

  it("the desk lists every entry in every language with its state, and marks translations of an older source", async () => {
    const entryId = await post(first);
    await saveEntryVersion(translatorAr, {
      entryId,
      locale: "ar",
      revision: 0,
      fields: firstInArabic,
      publish: false,
    });
    await saveEntryVersion(editor, {
      entryId,
      locale: "en",
      revision: 1,
      fields: { ...first, title: "Parliament opens the session late" },
      publish: true,
    });
    const desk = (await loadLiveDesk(storyId))!;
    expect(desk.versions.map((version) => version.locale).sort()).toEqual(["ar", "en"]);
    expect(desk.entries).toEqual([
      expect.objectContaining({
        id: entryId,
        sourceLocale: "en",
        versions: expect.arrayContaining([
          expect.objectContaining({ locale: "en", status: "PUBLISHED", revision: 2, outdated: false }),
          expect.objectContaining({ locale: "ar", status: "DRAFT", revision: 1, outdated: true }),
        ]),
      }),
    ]);
    const news = await prisma.story.findFirstOrThrow({ where: { kind: "NEWS" } });
    expect(await loadLiveDesk(news.id)).toBeNull();
  });

  it("its feed lists the entries of its language, newest first, as plain escaped text linking to their permalinks", async () => {
    const older = await post({
      title: "Quorum reached",
      body: "**97** members <svg onload=alert(1)> present.",
    });
    const newer = await post({ body: "Voting starts." });
    const xml = liveFeedXml(
      (await loadStoryPage(storyId, "en"))!,
      (await loadLiveEntries(storyId, "en", 1))!,
      "Site",
    );
    const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map(([item]) => item);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(`/en/story/parliament-session-live/entry/${newer}</link>`);
    expect(items[0]).toContain("Voting starts.");
    expect(items[1]).toContain(`/entry/${older}</link>`);
    expect(items[1]).toContain("Quorum reached");
    expect(items[1]).toContain("97 members &#60;svg onload=alert(1)&#62; present.");
    expect(xml).not.toContain("**");
  });

  it("stays in the news sitemap while it is updated, whatever day it began, with its latest entry as lastmod", async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000);
    await prisma.storyTranslation.updateMany({ where: { storyId }, data: { publishedAt: threeDaysAgo } });
    const since = new Date(Date.now() - 48 * 3600 * 1000);
    const isLive = (entry: { path: string }) => entry.path.includes("parliament-session-live");
    expect((await queryNewsEntries(since)).filter(isLive)).toEqual([]);
    await post(first);
    const listed = (await queryNewsEntries(since)).filter(isLive);
    expect(listed).toEqual([
      expect.objectContaining({
        locale: "en",
        publishedAt: threeDaysAgo.toISOString(),
        lastModified: expect.any(String),
      }),
    ]);
    expect(newsSitemapXml(listed, () => "Site")).toMatch(/<\/loc>\s*<lastmod>[^<]+<\/lastmod>\s*<news:news>/);
  });
});
