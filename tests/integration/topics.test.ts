import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { querySitemapListing } from "@/lib/seo/sitemap-entries";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { findRelatedStories } from "@/lib/stories/related-stories";
import { createTopic, mergeTopics, renameTopic } from "@/lib/topics/topic-commands";
import { loadTopicPage } from "@/lib/topics/topic-page-data";
import { findCurrentTopicSlug } from "@/lib/topics/topic-queries";
import { topics } from "@/prisma/content/topics";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translator: NewsroomUser;

const environment = topics.find((topic) => topic.key === "environment")!;
const agriculture = topics.find((topic) => topic.key === "agriculture")!;

async function topicIdOf(key: string): Promise<number> {
  return (await prisma.topic.findUniqueOrThrow({ where: { key } })).id;
}

async function storyIdOf(key: string): Promise<number> {
  return (await prisma.story.findUniqueOrThrow({ where: { key } })).id;
}

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  translator = await createMember(prisma, "TRANSLATOR", "translator@example.com", ["ar"]);
});

describe("topic pages", () => {
  it("list the topic's published stories in the page's language, newest first", async () => {
    const page = await loadTopicPage("en", environment.slugs.en, 1);
    const expected = stories
      .filter((story) => environment.stories.includes(story.key) && story.translations.en)
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
      .map((story) => story.translations.en!.slug);
    expect(page?.topic).toEqual({ name: environment.names.en, slug: environment.slugs.en });
    expect(page?.stories.map((story) => story.slug)).toEqual(expected);
    expect(page?.slugs).toEqual({ en: environment.slugs.en, ar: environment.slugs.ar });
  });

  it("do not exist in a language where the topic has no published story, nor pair with it", async () => {
    const [only] = topics.find((topic) => topic.key === "education")!.stories;
    expect(await loadTopicPage("ar", "التعليم", 1)).not.toBeNull();
    // The one education story is Arabic-only: no English page, and no English pair for the Arabic one.
    expect(stories.find((story) => story.key === only)!.translations.en).toBeUndefined();
    expect(await loadTopicPage("en", "education", 1)).toBeNull();
    expect((await loadTopicPage("ar", "التعليم", 1))?.slugs).toEqual({ ar: "التعليم" });
  });

  it("drop a story once it is unpublished, and end where the stories end", async () => {
    const storyId = await storyIdOf("wildfire-season");
    await prisma.storyTranslation.update({
      where: { storyId_locale: { storyId, locale: "en" } },
      data: { status: "DRAFT" },
    });
    const page = await loadTopicPage("en", environment.slugs.en, 1);
    expect(page?.stories.map((story) => story.storyId)).not.toContain(storyId);
    expect(await loadTopicPage("en", environment.slugs.en, 2)).toBeNull();
  });

  it("appear as links on the story page, named in its language", async () => {
    const page = await loadStoryPage(await storyIdOf("olive-harvest"), "ar");
    expect(page?.topics.map((topic) => topic.slug).sort()).toEqual(
      [environment.slugs.ar, agriculture.slugs.ar].sort(),
    );
  });

  it("are in the sitemaps with their language pairs", async () => {
    const entries = (await querySitemapListing("en")).listing;
    const entry = entries.find((each) => each.path === `/en/tags/${environment.slugs.en}`);
    expect(entry?.versions.map((version) => version.locale).sort()).toEqual(["ar", "en"]);
    expect(entries.some((each) => each.path === "/en/tags/education")).toBe(false);
  });
});

describe("managing topics", () => {
  it("creates a topic with a slug made from its name when none is given", async () => {
    const result = await createTopic(editor, {
      en: { name: "Municipal elections", slug: "" },
      ar: { name: "الانتخابات البلدية", slug: "" },
    });
    if (!result.ok) throw new Error("not created");
    const created = await prisma.topicTranslation.findMany({ where: { topicId: result.topicId } });
    expect(created.map((row) => row.slug).sort()).toEqual(
      ["municipal-elections", "الانتخابات-البلدية"].sort(),
    );
  });

  it("refuses a translator, a taken slug and a name past the limit, saying which field", async () => {
    expect(await createTopic(translator, { ar: { name: "موضوع", slug: "" } })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await createTopic(editor, { en: { name: "Weather", slug: environment.slugs.en } })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { en: { slug: "slugTaken" } },
    });
    expect(await createTopic(editor, { en: { name: "x".repeat(61), slug: "x" } })).toMatchObject({
      kind: "invalid",
      errors: { en: { name: "tooLong" } },
    });
    expect(await createTopic(editor, {})).toMatchObject({ kind: "invalid", errors: { names: "required" } });
  });

  it("renames a topic and keeps its old slug as a redirect, until a topic takes it again", async () => {
    const id = await topicIdOf("environment");
    const renamed = await renameTopic(editor, id, {
      en: { name: "Climate", slug: "climate" },
      ar: { name: environment.names.ar, slug: environment.slugs.ar },
    });
    expect(renamed).toMatchObject({
      ok: true,
      tags: expect.arrayContaining(["topics", "lists:en", "lists:ar"]),
    });
    expect(await findCurrentTopicSlug("en", environment.slugs.en)).toBe("climate");
    expect(await findCurrentTopicSlug("ar", environment.slugs.ar)).toBeNull();
    expect(await loadTopicPage("en", "climate", 1)).not.toBeNull();

    await createTopic(editor, { en: { name: "Climate and environment", slug: environment.slugs.en } });
    expect(await findCurrentTopicSlug("en", environment.slugs.en)).toBeNull();
  });

  it("merges a topic into another: its stories join once, its slugs redirect, it is gone", async () => {
    const fromId = await topicIdOf("agriculture");
    const intoId = await topicIdOf("environment");
    const result = await mergeTopics(editor, fromId, intoId);
    expect(result.ok).toBe(true);
    expect(await prisma.topic.findUnique({ where: { id: fromId } })).toBeNull();
    const storyKeys = (
      await prisma.storyTopic.findMany({ where: { topicId: intoId }, include: { story: true } })
    ).map((row) => row.story.key);
    expect(storyKeys.sort()).toEqual([...new Set([...environment.stories, ...agriculture.stories])].sort());
    expect(await findCurrentTopicSlug("en", agriculture.slugs.en)).toBe(environment.slugs.en);
    expect(await findCurrentTopicSlug("ar", agriculture.slugs.ar)).toBe(environment.slugs.ar);
    expect(await mergeTopics(translator, intoId, intoId)).toEqual({ ok: false, kind: "forbidden" });
  });

  it("attaches topics to a story with its details, and refuses a topic that does not exist", async () => {
    const storyId = await storyIdOf("port-tender");
    const story = await prisma.story.findUniqueOrThrow({
      where: { id: storyId },
      include: { authors: true },
    });
    const details = {
      storyId,
      sectionId: story.sectionId,
      authorIds: story.authors.map((author) => author.authorId),
      image: null,
    };
    const education = await topicIdOf("education");
    expect((await updateStoryDetails(editor, { ...details, topicIds: [education] })).ok).toBe(true);
    expect((await loadStoryPage(storyId, "ar"))?.topics.map((topic) => topic.slug)).toEqual(["التعليم"]);
    expect(await updateStoryDetails(editor, { ...details, topicIds: [education, 999_999] })).toEqual({
      ok: false,
      kind: "invalid",
    });
    // Leaving topics out keeps them.
    expect((await updateStoryDetails(editor, details)).ok).toBe(true);
    expect((await loadStoryPage(storyId, "ar"))?.topics).toHaveLength(1);
  });
});

describe("related stories", () => {
  it("put stories sharing the most topics first, in the same language, never the story itself", async () => {
    const storyId = await storyIdOf("iraq-marshes");
    const related = await findRelatedStories(storyId, "ar");
    expect(related.length).toBeLessThanOrEqual(4);
    expect(related.map((story) => story.storyId)).not.toContain(storyId);
    expect(related.every((story) => story.locale === "ar")).toBe(true);
    // olive-harvest shares two topics (environment, agriculture) with iraq-marshes.
    expect(related[0]?.storyId).toBe(await storyIdOf("olive-harvest"));
  });

  it("fall back to words in common when no topic is shared", async () => {
    const storyId = await storyIdOf("deposit-recovery-law");
    await prisma.storyTopic.deleteMany({});
    const related = await findRelatedStories(storyId, "en");
    expect(related).toHaveLength(4);
    expect(related.map((story) => story.storyId)).not.toContain(storyId);
  });
});
