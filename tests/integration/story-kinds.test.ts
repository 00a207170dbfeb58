import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadAuthorPage } from "@/lib/authors/author-page-data";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { setOpinionDisclaimer } from "@/lib/opinion/opinion-disclaimer-commands";
import { MAX_DISCLAIMER_LENGTH } from "@/lib/opinion/opinion-disclaimer-fields";
import { storyStructuredData } from "@/lib/seo/story-structured-data";
import { cacheTags } from "@/lib/stories/cache-tags";
import { SCHEMA_ORG_TYPES, STORY_KINDS, kindFromRow } from "@/lib/stories/story-kinds";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let admin: NewsroomUser;
let translatorEn: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "ed@example.com");
  admin = await createMember(prisma, "ADMIN", "admin@example.com");
  translatorEn = await createMember(prisma, "TRANSLATOR", "tr@example.com", ["en"]);
});

const storyIdOf = async (key: string) => (await prisma.story.findUniqueOrThrow({ where: { key } })).id;
const names = { publisher: "Levant Times", home: "Home" };

describe("story kinds in structured data", () => {
  it("gives each kind its schema.org type, on the article and on its other language's reference", async () => {
    const seen = new Set<string>();
    for (const story of stories) {
      const locale = story.sourceLocale;
      const page = await loadStoryPage(await storyIdOf(story.key), locale);
      const [article] = storyStructuredData(page!, names);
      const kind = story.kind ?? "news";
      expect(article!["@type"]).toBe(SCHEMA_ORG_TYPES[kind]);
      const translations = (article!.workTranslation ?? []) as { "@type": string }[];
      for (const ref of translations) expect(ref["@type"]).toBe(SCHEMA_ORG_TYPES[kind]);
      seen.add(kind);
    }
    // The demo holds a story of every kind.
    expect([...seen].sort()).toEqual([...STORY_KINDS].sort());
  });

  it("maps an opinion piece to OpinionNewsArticle and an interview to ReportageNewsArticle", () => {
    expect(SCHEMA_ORG_TYPES.opinion).toBe("OpinionNewsArticle");
    expect(SCHEMA_ORG_TYPES.interview).toBe("ReportageNewsArticle");
    expect(SCHEMA_ORG_TYPES.explainer).toBe("BackgroundNewsArticle");
    expect(SCHEMA_ORG_TYPES.analysis).toBe("AnalysisNewsArticle");
    expect(SCHEMA_ORG_TYPES.live).toBe("LiveBlogPosting");
  });
});

describe("changing a story's kind", () => {
  it("lets an editor make a news story an analysis, audited, and purges its pages and the lists", async () => {
    const id = await storyIdOf("port-tender");
    const details = await prisma.story.findUniqueOrThrow({ where: { id }, include: { authors: true } });
    const result = await updateStoryDetails(editor, {
      storyId: id,
      sectionId: details.sectionId,
      authorIds: details.authors.map((a) => a.authorId),
      image: null,
      kind: "analysis",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tags).toEqual(
      expect.arrayContaining([cacheTags.story(id), cacheTags.lists("en"), cacheTags.lists("ar")]),
    );
    expect(kindFromRow((await prisma.story.findUniqueOrThrow({ where: { id } })).kind)).toBe("analysis");
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "story.details" } });
    expect(entry.details).toMatchObject({ kind: "analysis", previousKind: "news" });
    const page = await loadStoryPage(id, "en");
    expect(storyStructuredData(page!, names)[0]!["@type"]).toBe("AnalysisNewsArticle");
  });

  it("keeps live coverage live and refuses translators", async () => {
    const live = await prisma.story.findUniqueOrThrow({ where: { key: "winter-storm-live" } });
    const input = {
      storyId: live.id,
      sectionId: live.sectionId,
      authorIds: [],
      image: null,
      kind: "news" as const,
    };
    expect(await updateStoryDetails(editor, input)).toEqual({ ok: false, kind: "invalid" });
    expect(
      await updateStoryDetails(translatorEn, { ...input, storyId: await storyIdOf("port-tender") }),
    ).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: live.id } })).kind).toBe("LIVE");
  });
});

describe("the note under opinion pieces", () => {
  const opinion = () => storyIdOf("pavements-opinion");

  it("shows the default wording (null) until editors word it, then theirs, in that language only", async () => {
    expect((await loadStoryPage(await opinion(), "en"))!.opinionDisclaimer).toBeNull();
    const result = await setOpinionDisclaimer(editor, {
      locale: "en",
      text: "  The writer's views, not ours.  ",
    });
    expect(result).toEqual({ ok: true, tags: [cacheTags.opinionDisclaimer("en")] });
    expect((await loadStoryPage(await opinion(), "en"))!.opinionDisclaimer).toBe(
      "The writer's views, not ours.",
    );
    expect((await loadStoryPage(await opinion(), "ar"))!.opinionDisclaimer).toBeNull();
    // Only opinion pieces carry it.
    expect((await loadStoryPage(await storyIdOf("port-tender"), "en"))!.opinionDisclaimer).toBeNull();
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "opinion.disclaimer" } });
    expect(entry.subject).toBe("opinion-disclaimer:en");
    // Emptied, the default comes back.
    expect((await setOpinionDisclaimer(admin, { locale: "en", text: "" })).ok).toBe(true);
    expect((await loadStoryPage(await opinion(), "en"))!.opinionDisclaimer).toBeNull();
  });

  it("is worded only by those who publish in the language", async () => {
    expect(await setOpinionDisclaimer(null, { locale: "en", text: "x" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await setOpinionDisclaimer(translatorEn, { locale: "en", text: "x" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect((await setOpinionDisclaimer(admin, { locale: "ar", text: "الآراء لكتّابها." })).ok).toBe(true);
    expect(await prisma.auditEntry.count({ where: { action: "opinion.disclaimer" } })).toBe(1);
  });

  it("refuses a note past its bound or of more than one paragraph, and saves nothing", async () => {
    const long = "a".repeat(MAX_DISCLAIMER_LENGTH + 1);
    expect(await setOpinionDisclaimer(editor, { locale: "en", text: long })).toEqual({
      ok: false,
      kind: "invalid",
      error: "tooLong",
    });
    expect(await setOpinionDisclaimer(editor, { locale: "en", text: "One.\nTwo." })).toEqual({
      ok: false,
      kind: "invalid",
      error: "oneParagraph",
    });
    expect(
      (await setOpinionDisclaimer(editor, { locale: "en", text: "a".repeat(MAX_DISCLAIMER_LENGTH) })).ok,
    ).toBe(true);
    expect(await prisma.auditEntry.count({ where: { action: "opinion.disclaimer" } })).toBe(1);
  });
});

describe("an opinion writer's page", () => {
  it("lists their columns apart, in both languages, on the first page only", async () => {
    for (const locale of ["en", "ar"] as const) {
      const page = await loadAuthorPage(locale, "hala-mansour", 1);
      // Newest first: her two opinion columns.
      expect(page!.columns.map((story) => story.kind)).toEqual(["opinion", "opinion"]);
      expect(page!.columns.map((story) => story.storyId)).toEqual([
        await storyIdOf("pavements-opinion"),
        await storyIdOf("cinema-seats-opinion"),
      ]);
    }
    // A reporter with no opinion pieces has no columns.
    expect((await loadAuthorPage("en", "omar-saade", 1))!.columns).toEqual([]);
  });
});
