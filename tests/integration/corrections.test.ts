import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addCorrection } from "@/lib/newsroom/workflow/corrections";
import { CORRECTION_TEXT_MAX } from "@/lib/newsroom/workflow/correction-fields";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { rssFeedXml } from "@/lib/seo/feed-xml";
import { storyStructuredData } from "@/lib/seo/story-structured-data";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadFeedStories } from "@/lib/stories/story-lists";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translatorAr: NewsroomUser;
let storyId: number;

const bilingual = stories.find((s) => s.translations.en && s.translations.ar)!;
const arabicNote = "صُحّح اسم الوزير: هو وزير الطاقة لا وزير المال.";

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "ed@example.com");
  translatorAr = await createMember(prisma, "TRANSLATOR", "tr@example.com", ["ar"]);
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
});

describe("corrections and updates", () => {
  it("an editor's correction reaches the story, its JSON-LD and its feed item, audited, with the story's caches expired", async () => {
    const before = await prisma.storyTranslation.findFirstOrThrow({ where: { storyId, locale: "ar" } });
    const result = await addCorrection(editor, {
      storyId,
      locale: "ar",
      kind: "correction",
      text: arabicNote,
    });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.tags).toEqual(
      expect.arrayContaining([
        cacheTags.story(storyId),
        cacheTags.lists("ar"),
        cacheTags.slug("ar", before.slug),
      ]),
    );

    const page = (await loadStoryPage(storyId, "ar"))!;
    expect(page.notes).toEqual([{ kind: "correction", text: arabicNote, at: expect.any(String) }]);
    expect(Date.parse(page.updatedAt)).toBeGreaterThan(before.updatedAt.getTime());
    const [article] = storyStructuredData(page, { publisher: "Levant Times", home: "Home" });
    expect(article).toMatchObject({
      dateModified: page.notes[0]!.at,
      correction: [{ "@type": "CorrectionComment", text: arabicNote, datePublished: page.notes[0]!.at }],
    });

    const feed = await loadFeedStories("ar", null);
    const item = feed.find((story) => story.storyId === storyId)!;
    expect(item.latestNote).toMatchObject({ kind: "correction", text: arabicNote });
    const xml = rssFeedXml({
      locale: "ar",
      title: "t",
      description: "d",
      pagePath: "/ar",
      feedPath: "/ar/feed.xml",
      copyright: "c",
      stories: feed,
      noteLine: (note) => `تصحيح: ${note.text}`,
    });
    expect(xml).toContain(`تصحيح: ${arabicNote}`);

    expect(await prisma.auditEntry.findMany()).toMatchObject([
      {
        actorId: editor.id,
        action: "translation.correct",
        subject: `story:${storyId}/ar`,
        details: { slug: before.slug, kind: "correction", correctionId: expect.any(Number) },
      },
    ]);
  });

  it("an update note moves dateModified but is no schema.org correction", async () => {
    await addCorrection(editor, {
      storyId,
      locale: "en",
      kind: "update",
      text: "The minister has since resigned.",
    });
    const page = (await loadStoryPage(storyId, "en"))!;
    const [article] = storyStructuredData(page, { publisher: "Levant Times", home: "Home" });
    expect(page.notes).toMatchObject([{ kind: "update", text: "The minister has since resigned." }]);
    expect(article!["dateModified"]).toBe(page.notes[0]!.at);
    expect(article).not.toHaveProperty("correction");
  });

  it("refuses translators, unpublished versions and empty or over-long notes, storing nothing", async () => {
    const note = { storyId, locale: "ar", kind: "correction", text: arabicNote } as const;
    expect(await addCorrection(translatorAr, note)).toEqual({ ok: false, kind: "forbidden" });
    expect(await addCorrection(editor, { ...note, text: "   " })).toEqual({
      ok: false,
      kind: "invalid",
      error: "required",
    });
    expect(await addCorrection(editor, { ...note, text: "ب".repeat(CORRECTION_TEXT_MAX + 1) })).toEqual({
      ok: false,
      kind: "invalid",
      error: "tooLong",
    });
    // PostgreSQL refuses NUL: a word next to the field, not a 500.
    expect(await addCorrection(editor, { ...note, text: "تصحيح\u0000" })).toEqual({
      ok: false,
      kind: "invalid",
      error: "invalidCharacters",
    });
    await prisma.storyTranslation.updateMany({ where: { storyId, locale: "ar" }, data: { status: "DRAFT" } });
    expect(await addCorrection(editor, note)).toEqual({ ok: false, kind: "not-allowed-now" });
    expect(await prisma.translationCorrection.count()).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(0);
  });
});
