import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import { restoreRevision } from "@/lib/newsroom/editor/revision-history";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation, type SaveRequest } from "@/lib/newsroom/workflow/save-translation";
import { createStory, updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { listNewsroomStories } from "@/lib/newsroom/lists/story-table";
import { findCurrentSlug } from "@/lib/stories/slug-redirects";
import { findStoryId } from "@/lib/stories/story-page-data";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translatorAr: NewsroomUser;
let translatorEn: NewsroomUser;

const englishOnly = stories.find((s) => s.translations.en && !s.translations.ar)!;
const bilingual = stories.find((s) => s.translations.en && s.translations.ar && s.sourceLocale === "en")!;

async function storyId(key: string): Promise<number> {
  return (await prisma.story.findUniqueOrThrow({ where: { key } })).id;
}

async function badge(id: number, locale: "en" | "ar") {
  const { rows } = await listNewsroomStories("en", {});
  return rows.find((row) => row.id === id)!.versions[locale];
}

const arabicFields = {
  slug: "ترجمة-تجريبية",
  headline: "عنوان الترجمة",
  dek: "موجز الترجمة",
  body: "فقرة أولى.\n\n## عنوان فرعي\n\nفقرة ثانية.",
  leadImageAlt: "وصف الصورة",
};

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  translatorAr = await createMember(prisma, "TRANSLATOR", "ar@example.com", ["ar"]);
  translatorEn = await createMember(prisma, "TRANSLATOR", "en@example.com", ["en"]);
});

function newArabic(id: number, overrides: Partial<SaveRequest> = {}): SaveRequest {
  return {
    storyId: id,
    locale: "ar",
    baseRevision: null,
    sourceRevision: 1,
    fields: arabicFields,
    ...overrides,
  };
}

describe("translation workflow", () => {
  it("a translator drafts and sends for review; only an editor publishes", async () => {
    const id = await storyId(englishOnly.key);
    expect(await badge(id, "ar")).toBe("missing");
    const saved = await saveTranslation(translatorAr, newArabic(id));
    expect(saved).toMatchObject({ ok: true, revision: 1, tags: [] });
    expect(await badge(id, "ar")).toBe("DRAFT");

    expect(await changeStatus(translatorAr, { storyId: id, locale: "ar", step: "submit" })).toMatchObject({
      ok: true,
    });
    expect(await badge(id, "ar")).toBe("IN_REVIEW");
    expect(await changeStatus(translatorAr, { storyId: id, locale: "ar", step: "publish" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await findStoryId("ar", arabicFields.slug)).toBeNull();

    const published = await changeStatus(editor, { storyId: id, locale: "ar", step: "publish" });
    expect(published).toMatchObject({ ok: true, status: "PUBLISHED" });
    expect(published.ok && published.tags).toContain(`story:${id}`);
    expect(await findStoryId("ar", arabicFields.slug)).toBe(id);
    const audit = await prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(audit).toMatchObject([
      { actorId: translatorAr.id, action: "translation.save", subject: `story:${id}/ar`, storyId: id },
      {
        actorId: translatorAr.id,
        action: "translation.submit",
        details: { from: "DRAFT", to: "IN_REVIEW", draft: false, revision: 1 },
      },
      { actorId: editor.id, action: "translation.publish", subject: `story:${id}/ar`, storyId: id },
    ]);
  });

  it("unpublishes only once the editor has confirmed it", async () => {
    const id = await storyId(bilingual.key);
    expect(await changeStatus(editor, { storyId: id, locale: "ar", step: "unpublish" })).toEqual({
      ok: false,
      kind: "unconfirmed",
    });
    expect(await badge(id, "ar")).toBe("PUBLISHED");
    expect(await prisma.auditEntry.count()).toBe(0);
  });

  it("restores a revision only once the member has confirmed it", async () => {
    const id = await storyId(englishOnly.key);
    await saveTranslation(translatorAr, newArabic(id));
    await saveTranslation(translatorAr, {
      ...newArabic(id),
      baseRevision: 1,
      fields: { ...arabicFields, headline: "عنوان معدّل" },
    });
    const request = { storyId: id, locale: "ar", number: 1, baseRevision: 2 } as const;
    expect(await restoreRevision(translatorAr, { ...request, confirmed: false })).toEqual({
      ok: false,
      kind: "unconfirmed",
    });
    const arabic = { storyId: id, locale: "ar" } as const;
    expect(await prisma.storyTranslation.findFirstOrThrow({ where: arabic })).toMatchObject({
      revision: 2,
      headline: "عنوان معدّل",
    });
    expect(await restoreRevision(translatorAr, { ...request, confirmed: true })).toMatchObject({
      ok: true,
      revision: 3,
    });
    expect(await prisma.storyTranslation.findFirstOrThrow({ where: arabic })).toMatchObject({
      headline: arabicFields.headline,
    });
  });

  it("each language moves on its own, and steps out of order are refused", async () => {
    const id = await storyId(bilingual.key);
    const unpublish = { storyId: id, locale: "ar", step: "unpublish", confirmed: true } as const;
    expect(await changeStatus(editor, unpublish)).toMatchObject({
      ok: true,
    });
    expect(await badge(id, "ar")).toBe("DRAFT");
    expect(await badge(id, "en")).toBe("PUBLISHED");
    expect(await changeStatus(editor, unpublish)).toEqual({
      ok: false,
      kind: "not-allowed-now",
    });
    expect(await prisma.auditEntry.count({ where: { action: "translation.unpublish" } })).toBe(1);
  });

  it("translators work only in their own languages, and over a published version only as a draft", async () => {
    const id = await storyId(englishOnly.key);
    expect(await saveTranslation(translatorEn, newArabic(id))).toEqual({ ok: false, kind: "forbidden" });
    const bilingualId = await storyId(bilingual.key);
    const current = await prisma.storyTranslation.findFirstOrThrow({
      where: { storyId: bilingualId, locale: "ar" },
    });
    expect(
      await saveTranslation(translatorAr, {
        ...newArabic(bilingualId),
        baseRevision: current.revision,
        fields: { ...arabicFields, slug: current.slug },
      }),
    ).toMatchObject({ ok: true, draft: true, tags: [] });
    expect(await prisma.storyTranslation.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({
      headline: current.headline,
      status: "PUBLISHED",
    });
    expect(await saveTranslation(null, newArabic(id))).toEqual({ ok: false, kind: "forbidden" });
  });
});

describe("validation", () => {
  it("refuses empty, over-long and clashing values, field by field, saving nothing", async () => {
    const id = await storyId(englishOnly.key);
    const invalid = await saveTranslation(translatorAr, {
      ...newArabic(id),
      fields: { ...arabicFields, headline: "  ", dek: "x".repeat(401), slug: "has space" },
    });
    expect(invalid).toEqual({
      ok: false,
      kind: "invalid",
      errors: { headline: "required", dek: "tooLong", slug: "slugInvalid" },
    });
    const taken = (await prisma.storyTranslation.findFirstOrThrow({ where: { locale: "ar" } })).slug;
    expect(
      await saveTranslation(translatorAr, { ...newArabic(id), fields: { ...arabicFields, slug: taken } }),
    ).toEqual({
      ok: false,
      kind: "invalid",
      errors: { slug: "slugTaken" },
    });
    expect(await prisma.storyTranslation.count({ where: { storyId: id, locale: "ar" } })).toBe(0);
  });

  it("refuses a Markdown body that would tie up the renderer, keeping the version as it was", async () => {
    const id = await storyId(englishOnly.key);
    const hostile = `${">".repeat(49_990)} x`;
    expect(
      await saveTranslation(translatorAr, { ...newArabic(id), fields: { ...arabicFields, body: hostile } }),
    ).toEqual({ ok: false, kind: "invalid", errors: { body: "bodyTooDeep" } });
    expect(await prisma.storyTranslation.count({ where: { storyId: id, locale: "ar" } })).toBe(0);

    const saved = await saveTranslation(translatorAr, newArabic(id));
    expect(saved).toMatchObject({ ok: true, revision: 1 });
    const tooManyLinks = "[رابط](https://example.com) ".repeat(101);
    const tooLong = "ب".repeat(50_001);
    for (const [body, code] of [
      [tooManyLinks, "tooManyLinks"],
      [tooLong, "tooLong"],
    ] as const) {
      expect(
        await saveTranslation(translatorAr, {
          ...newArabic(id, { baseRevision: 1 }),
          fields: { ...arabicFields, body },
        }),
      ).toEqual({ ok: false, kind: "invalid", errors: { body: code } });
    }
    const stored = await prisma.storyTranslation.findUniqueOrThrow({
      where: { storyId_locale: { storyId: id, locale: "ar" } },
      include: { revisions: true },
    });
    expect(stored).toMatchObject({ revision: 1, body: arabicFields.body });
    expect(stored.revisions).toHaveLength(1);
  });

  async function createEnglishStory(fields: { slug: string; body: string }) {
    return createStory(editor, {
      sourceLocale: "en",
      sectionId: (await prisma.section.findFirstOrThrow()).id,
      authorIds: [],
      image: null,
      fields: { headline: "H", dek: "D", ...fields },
    });
  }

  it("refuses a new story whose body nests too deep, creating nothing", async () => {
    const stories = await prisma.story.count();
    expect(await createEnglishStory({ slug: "deep-lists", body: `${"- ".repeat(20_000)}x` })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { body: "bodyTooDeep" },
    });
    expect(await prisma.story.count()).toBe(stories);
  });

  it("refuses a new story whose slug is taken in its language", async () => {
    const taken = (await prisma.storyTranslation.findFirstOrThrow({ where: { locale: "en" } })).slug;
    const stories = await prisma.story.count();
    expect(await createEnglishStory({ slug: taken, body: "B" })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { slug: "slugTaken" },
    });
    expect(await prisma.story.count()).toBe(stories);
  });
});

describe("revisions and conflicts", () => {
  it("keeps every save and refuses a save over a newer version, showing it", async () => {
    const id = await storyId(englishOnly.key);
    await saveTranslation(translatorAr, newArabic(id));
    const second = await saveTranslation(editor, {
      ...newArabic(id),
      baseRevision: 1,
      fields: { ...arabicFields, headline: "عنوان المحرّر" },
    });
    expect(second).toMatchObject({ ok: true, revision: 2 });
    // The translator still had revision 1 open.
    const late = await saveTranslation(translatorAr, {
      ...newArabic(id),
      baseRevision: 1,
      fields: { ...arabicFields, headline: "عنوان المترجم" },
    });
    expect(late).toMatchObject({
      ok: false,
      kind: "conflict",
      theirs: { revision: 2, headline: "عنوان المحرّر", savedBy: "editor@example.com" },
    });
    const translation = await prisma.storyTranslation.findFirstOrThrow({
      where: { storyId: id, locale: "ar" },
      include: { revisions: { orderBy: { number: "asc" } } },
    });
    expect(translation.headline).toBe("عنوان المحرّر");
    expect(translation.revisions.map((r) => [r.number, r.headline])).toEqual([
      [1, "عنوان الترجمة"],
      [2, "عنوان المحرّر"],
    ]);
  });

  it("two saves racing from the same revision: exactly one lands", async () => {
    const id = await storyId(englishOnly.key);
    await saveTranslation(translatorAr, newArabic(id));
    const results = await Promise.all(
      ["أ", "ب", "ج"].map((mark) =>
        saveTranslation(editor, {
          ...newArabic(id),
          baseRevision: 1,
          fields: { ...arabicFields, headline: mark },
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.kind === "conflict")).toHaveLength(2);
  });
});

describe("outdated translations", () => {
  it("a published change to the source text flags translations made from it, until ones made against it are published", async () => {
    const id = await storyId(bilingual.key);
    expect(await badge(id, "ar")).toBe("PUBLISHED");
    const source = await prisma.storyTranslation.findFirstOrThrow({ where: { storyId: id, locale: "en" } });
    const edit = (fields: Partial<typeof arabicFields>) =>
      saveTranslation(editor, {
        storyId: id,
        locale: "en",
        baseRevision: source.revision,
        sourceRevision: 1,
        fields: {
          slug: source.slug,
          headline: source.headline,
          dek: source.dek,
          body: source.body,
          ...fields,
        },
      });
    // Changing only the alt text is not a change of the source text.
    expect(await edit({ leadImageAlt: "new alt" })).toMatchObject({ ok: true });
    expect(await badge(id, "ar")).toBe("PUBLISHED");

    const sourceNow = await prisma.storyTranslation.findFirstOrThrow({
      where: { storyId: id, locale: "en" },
    });
    const changed = await saveTranslation(editor, {
      storyId: id,
      locale: "en",
      baseRevision: sourceNow.revision,
      sourceRevision: 1,
      fields: {
        slug: source.slug,
        headline: source.headline,
        dek: source.dek,
        body: `${source.body}\n\nA new paragraph.`,
      },
    });
    expect(changed).toMatchObject({ ok: true, draft: true });
    // A draft of the source is not what readers see: translations follow the live source.
    expect(await badge(id, "ar")).toBe("PUBLISHED");
    expect(await changeStatus(editor, { storyId: id, locale: "en", step: "publish" })).toMatchObject({
      ok: true,
    });
    expect(await badge(id, "ar")).toBe("outdated");
    expect(await badge(id, "en")).toBe("PUBLISHED");

    const arabic = await prisma.storyTranslation.findFirstOrThrow({ where: { storyId: id, locale: "ar" } });
    const story = await prisma.story.findUniqueOrThrow({ where: { id } });
    expect(story.sourceRevision).toBe(2);
    await saveTranslation(editor, {
      storyId: id,
      locale: "ar",
      baseRevision: arabic.revision,
      sourceRevision: story.sourceRevision,
      fields: {
        slug: arabic.slug,
        headline: arabic.headline,
        dek: arabic.dek,
        body: `${arabic.body}\n\nفقرة جديدة.`,
      },
    });
    // Still outdated for readers until the corrected translation is published.
    expect(await badge(id, "ar")).toBe("outdated");
    await changeStatus(editor, { storyId: id, locale: "ar", step: "publish" });
    expect(await badge(id, "ar")).toBe("PUBLISHED");
  });
});

describe("slugs", () => {
  it("a changed slug leaves the old URL redirecting to the new one", async () => {
    const id = await storyId(bilingual.key);
    const english = await prisma.storyTranslation.findFirstOrThrow({ where: { storyId: id, locale: "en" } });
    const saved = await saveTranslation(editor, {
      storyId: id,
      locale: "en",
      baseRevision: english.revision,
      sourceRevision: 1,
      fields: { slug: "a-brand-new-slug", headline: english.headline, dek: english.dek, body: english.body },
    });
    expect(saved).toMatchObject({ ok: true, tags: [] });
    // The new slug reaches readers when the draft is published.
    expect(await findStoryId("en", "a-brand-new-slug")).toBeNull();
    const published = await changeStatus(editor, { storyId: id, locale: "en", step: "publish" });
    expect(published.ok && published.tags).toEqual(
      expect.arrayContaining([
        `story:${id}`,
        `slug:en:${english.slug}`,
        "slug:en:a-brand-new-slug",
        "redirects:en",
      ]),
    );
    expect(await findCurrentSlug("en", english.slug)).toBe("a-brand-new-slug");
    expect(await findStoryId("en", "a-brand-new-slug")).toBe(id);
  });
});

describe("story details", () => {
  it("expire the published versions' pages and lists, not the section names every page shows", async () => {
    const id = await storyId(englishOnly.key);
    const story = await prisma.story.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    const other = await prisma.section.findFirstOrThrow({ where: { id: { not: story.sectionId } } });
    const english = story.translations.find((t) => t.locale === "en")!;
    const updated = await updateStoryDetails(editor, {
      storyId: id,
      sectionId: other.id,
      authorIds: [],
      image: null,
    });
    expect(updated.ok && [...updated.tags].sort()).toEqual(
      [`story:${id}`, "lists:en", "redirects:en", `slug:en:${english.slug}`].sort(),
    );
  });
});
