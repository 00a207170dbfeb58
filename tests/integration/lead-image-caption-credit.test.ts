import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createStory, updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { storeImage } from "@/lib/newsroom/media/image-store";
import { setMediaCredit } from "@/lib/newsroom/media/media-credits";
import { leadImageCreditOf, setLeadImageCredit } from "@/lib/newsroom/media/lead-image-credit-command";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { storyStructuredData } from "@/lib/seo/story-structured-data";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translatorAr: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "pictures@example.com");
  translatorAr = await createMember(prisma, "TRANSLATOR", "ar-pictures@example.com", ["ar"]);
});

const english = {
  slug: "harbour-cranes",
  headline: "New cranes for the harbour",
  dek: "Four cranes arrive.",
  body: "The cranes arrived by sea.",
  leadImageAlt: "Cranes on a quay",
  leadImageCaption: "The first crane is unloaded at dawn.",
};
const arabic = {
  slug: "رافعات-المرفأ",
  headline: "رافعات جديدة للمرفأ",
  dek: "وصول أربع رافعات.",
  body: "وصلت الرافعات بحرًا.",
  leadImageAlt: "رافعات على الرصيف",
  leadImageCaption: "تفريغ الرافعة الأولى فجرًا.",
};

async function uploadedStory(credit: string) {
  const bytes = await sharp({ create: { width: 80, height: 40, channels: 3, background: "#204060" } })
    .png()
    .toBuffer();
  const stored = await storeImage(new Uint8Array(bytes), editor.id);
  if (!stored.ok) throw new Error(stored.error);
  const section = await prisma.section.findFirstOrThrow({ where: { retiredAt: null } });
  const created = await createStory(editor, {
    sourceLocale: "en",
    sectionId: section.id,
    authorIds: [],
    image: stored,
    credit: { locale: "en", text: credit },
    fields: english,
  });
  if (!created.ok) throw new Error(created.kind);
  return { storyId: created.storyId, mediaId: stored.src.split("/").at(-1)!, sectionId: section.id };
}

describe("lead image caption and credit", () => {
  it("stores the caption with the text and its first revision, and the credit with the upload", async () => {
    const { storyId, mediaId } = await uploadedStory("  AFP  ");
    const version = await prisma.storyTranslation.findFirstOrThrow({
      where: { storyId, locale: "en" },
      include: { revisions: true },
    });
    expect(version.leadImageCaption).toBe(english.leadImageCaption);
    expect(version.revisions.map((revision) => revision.leadImageCaption)).toEqual([
      english.leadImageCaption,
    ]);
    expect(await prisma.mediaCredit.findMany({ where: { mediaId } })).toEqual([
      { mediaId, locale: "en", credit: "AFP" },
    ]);
  });

  it("saves a change of caption alone as a new revision of that language", async () => {
    const { storyId } = await uploadedStory("AFP");
    const request = { storyId, locale: "ar", baseRevision: null, sourceRevision: 1, fields: arabic } as const;
    expect(await saveTranslation(translatorAr, request)).toMatchObject({ ok: true, revision: 1 });
    const fields = { ...arabic, leadImageCaption: "الرافعة الأولى على الرصيف." };
    expect(await saveTranslation(translatorAr, { ...request, baseRevision: 1, fields })).toMatchObject({
      ok: true,
      revision: 2,
    });
    const version = await prisma.storyTranslation.findFirstOrThrow({ where: { storyId, locale: "ar" } });
    expect(version.leadImageCaption).toBe("الرافعة الأولى على الرصيف.");
  });

  it("tells a save that changed only the credit from one that changed nothing or the text too", async () => {
    const { storyId } = await uploadedStory("AFP");
    const request = { storyId, locale: "ar", baseRevision: null, sourceRevision: 1, fields: arabic } as const;
    expect(await saveTranslation(translatorAr, request)).toMatchObject({ ok: true, revision: 1 });
    const again = { ...request, baseRevision: 1, photoCredit: "أ ف ب" };
    const credited = await saveTranslation(translatorAr, again);
    expect(credited).toMatchObject({ ok: true, revision: 1, credited: true });
    expect(credited).not.toHaveProperty("unchanged");
    expect(await leadImageCreditOf(storyId, "ar")).toBe("أ ف ب");
    const unchanged = await saveTranslation(translatorAr, again);
    expect(unchanged).toMatchObject({ ok: true, revision: 1, unchanged: true });
    expect(unchanged).not.toHaveProperty("credited");
    const fields = { ...arabic, dek: "وصلت أربع رافعات." };
    const saved = await saveTranslation(translatorAr, { ...again, fields, photoCredit: "رويترز" });
    expect(saved).toMatchObject({ ok: true, revision: 2 });
    expect(saved).not.toHaveProperty("credited");
    expect(saved).not.toHaveProperty("unchanged");
    expect(await leadImageCreditOf(storyId, "ar")).toBe("رويترز");
  });

  it("shows each language its own credit, else the other language's, on the page and in JSON-LD", async () => {
    const { storyId, mediaId } = await uploadedStory("AFP");
    const request = { storyId, locale: "ar", baseRevision: null, sourceRevision: 1, fields: arabic } as const;
    await saveTranslation(translatorAr, request);
    const figure = async (locale: "en" | "ar") =>
      (await loadStoryPage(storyId, locale, { unpublished: true }))!.figure;
    expect(await figure("en")).toEqual({
      caption: english.leadImageCaption,
      credit: { text: "AFP", locale: "en" },
    });
    expect(await figure("ar")).toEqual({
      caption: arabic.leadImageCaption,
      credit: { text: "AFP", locale: "en" },
    });
    await setMediaCredit(mediaId, "ar", "أ ف ب");
    expect((await figure("ar")).credit).toEqual({ text: "أ ف ب", locale: "ar" });
    const page = await loadStoryPage(storyId, "ar", { unpublished: true });
    const [article] = storyStructuredData(page!, { publisher: "Levant Times", home: "Home" });
    expect(article!.image).toEqual([
      expect.objectContaining({
        "@type": "ImageObject",
        caption: arabic.leadImageCaption,
        creditText: "أ ف ب",
      }),
    ]);
  });

  it("keeps the focal point within 0–100 and leaves it alone when the form has none", async () => {
    const { storyId, sectionId } = await uploadedStory("AFP");
    const story = await prisma.story.findUniqueOrThrow({ where: { id: storyId } });
    const image = { src: story.leadImageSrc!, width: 80, height: 40 };
    const details = { storyId, sectionId, authorIds: [], image };
    expect(await updateStoryDetails(editor, { ...details, focus: { x: 10, y: 90 } })).toMatchObject({
      ok: true,
    });
    expect(await updateStoryDetails(editor, { ...details, focus: { x: 101, y: 50 } })).toEqual({
      ok: false,
      kind: "invalid",
    });
    expect(await updateStoryDetails(editor, details)).toMatchObject({ ok: true });
    expect(await prisma.story.findUniqueOrThrow({ where: { id: storyId } })).toMatchObject({
      leadImageFocusX: 10,
      leadImageFocusY: 90,
    });
  });

  it("lets a language's desk word, then clear, the credit in its own language only", async () => {
    const { storyId } = await uploadedStory("AFP");
    expect(await leadImageCreditOf(storyId, "ar")).toBe("");
    const arabicCredit = { storyId, locale: "ar", credit: " أ ف ب " } as const;
    expect(await setLeadImageCredit(translatorAr, arabicCredit)).toMatchObject({ ok: true });
    expect(await leadImageCreditOf(storyId, "ar")).toBe("أ ف ب");
    expect(await setLeadImageCredit(translatorAr, { ...arabicCredit, locale: "en" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await setLeadImageCredit(translatorAr, { ...arabicCredit, credit: "x".repeat(121) })).toEqual({
      ok: false,
      kind: "invalid",
    });
    expect(await setLeadImageCredit(translatorAr, { ...arabicCredit, credit: "" })).toMatchObject({
      ok: true,
    });
    expect(await leadImageCreditOf(storyId, "ar")).toBe("");
    expect(await leadImageCreditOf(storyId, "en")).toBe("AFP");
  });
});
