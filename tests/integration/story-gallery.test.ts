import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import {
  addGalleryImage,
  moveGalleryImage,
  removeGalleryImage,
  setGalleryWords,
} from "@/lib/newsroom/gallery/gallery-commands";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { cacheTags } from "@/lib/stories/cache-tags";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
seedDemoDatabaseForEachTest((client) => (prisma = client));

let editor: NewsroomUser;
let arabicTranslator: NewsroomUser;
let storyId: number;

const hex = (n: number) => n.toString(16).padStart(64, "0");

async function upload(n: number): Promise<string> {
  const id = hex(n);
  await prisma.mediaAsset.create({
    data: { id, contentType: "image/png", bytes: new Uint8Array([1]), width: 800, height: 600 },
  });
  return id;
}

async function addUpload(n: number) {
  const mediaId = await upload(n);
  const added = await addGalleryImage(editor, { storyId, mediaId, width: 800, height: 600 });
  if (!added.ok || added.imageId === undefined) throw new Error(`not added: ${JSON.stringify(added)}`);
  return { mediaId, imageId: added.imageId };
}

const order = async () =>
  (await prisma.storyGalleryImage.findMany({ where: { storyId }, orderBy: { position: "asc" } })).map(
    (image) => image.mediaId,
  );

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "gallery-editor@example.com");
  arabicTranslator = await createMember(prisma, "TRANSLATOR", "gallery-ar@example.com", ["ar"]);
  const published = await prisma.storyTranslation.findFirstOrThrow({
    where: { status: "PUBLISHED", locale: "en" },
    orderBy: { id: "asc" },
  });
  storyId = published.storyId;
});

describe("a story's gallery", () => {
  it("keeps the pictures in the order given, moving one place at a time", async () => {
    const a = await addUpload(1);
    const b = await addUpload(2);
    const c = await addUpload(3);
    expect(await order()).toEqual([a.mediaId, b.mediaId, c.mediaId]);
    expect(
      await moveGalleryImage(editor, { storyId, imageId: c.imageId, direction: "earlier" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await order()).toEqual([a.mediaId, c.mediaId, b.mediaId]);
    await moveGalleryImage(editor, { storyId, imageId: a.imageId, direction: "later" });
    expect(await order()).toEqual([c.mediaId, a.mediaId, b.mediaId]);
    // The first cannot go earlier: nothing changes.
    await moveGalleryImage(editor, { storyId, imageId: c.imageId, direction: "earlier" });
    expect(await order()).toEqual([c.mediaId, a.mediaId, b.mediaId]);
    await removeGalleryImage(editor, { storyId, imageId: a.imageId });
    expect(await order()).toEqual([c.mediaId, b.mediaId]);
    // The upload stays in the library after it leaves the gallery.
    expect(await prisma.mediaAsset.count({ where: { id: a.mediaId } })).toBe(1);
  });

  it("expires the story's pages when it changes", async () => {
    const mediaId = await upload(9);
    const added = await addGalleryImage(editor, { storyId, mediaId, width: 800, height: 600 });
    expect(added.ok && added.tags).toContain(cacheTags.story(storyId));
  });

  it(`holds at most ${GALLERY_LIMITS.images} pictures`, async () => {
    for (let n = 1; n <= GALLERY_LIMITS.images; n++) await addUpload(n);
    const extra = await upload(1000);
    expect(await addGalleryImage(editor, { storyId, mediaId: extra, width: 10, height: 10 })).toEqual({
      ok: false,
      kind: "full",
    });
  });

  it("lets only editors add, move and remove pictures", async () => {
    const { imageId } = await addUpload(1);
    const mediaId = await upload(2);
    const forbidden = { ok: false, kind: "forbidden" };
    expect(await addGalleryImage(arabicTranslator, { storyId, mediaId, width: 1, height: 1 })).toEqual(
      forbidden,
    );
    expect(await moveGalleryImage(arabicTranslator, { storyId, imageId, direction: "later" })).toEqual(
      forbidden,
    );
    expect(await removeGalleryImage(arabicTranslator, { storyId, imageId })).toEqual(forbidden);
    expect(await removeGalleryImage(null, { storyId, imageId })).toEqual(forbidden);
    expect(await prisma.storyGalleryImage.count({ where: { storyId } })).toBe(1);
  });

  it("lets a translator word only their own language's caption and credit", async () => {
    const { imageId, mediaId } = await addUpload(1);
    const words = {
      storyId,
      imageId,
      caption: "الميناء عند الفجر",
      alt: "سفن في الميناء",
      credit: "أ ف ب",
    };
    expect(await setGalleryWords(arabicTranslator, { ...words, locale: "ar" })).toMatchObject({ ok: true });
    expect(await setGalleryWords(arabicTranslator, { ...words, locale: "en" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    await setGalleryWords(editor, {
      ...words,
      locale: "en",
      caption: "The port at dawn",
      alt: "Ships",
      credit: "AFP",
    });
    const arabic = await loadStoryPage(storyId, "ar", { unpublished: true });
    expect(arabic?.gallery).toEqual([
      {
        mediaId,
        width: 800,
        height: 600,
        caption: "الميناء عند الفجر",
        alt: "سفن في الميناء",
        credit: { text: "أ ف ب", locale: "ar" },
      },
    ]);
    const english = await loadStoryPage(storyId, "en", { unpublished: true });
    expect(english?.gallery[0]).toMatchObject({
      caption: "The port at dawn",
      credit: { text: "AFP", locale: "en" },
    });
  });
});

describe("pictures in a story body", () => {
  async function save(body: string) {
    const version = await prisma.storyTranslation.findUniqueOrThrow({
      where: { storyId_locale: { storyId, locale: "en" } },
    });
    return saveTranslation(editor, {
      storyId,
      locale: "en",
      baseRevision: version.revision,
      sourceRevision: version.sourceRevision,
      fields: { slug: version.slug, headline: version.headline, dek: version.dek, body, leadImageAlt: "" },
    });
  }

  it("refuses a picture line naming an upload the site does not have, by the body field", async () => {
    const result = await save(`Text.\n\n![Ships](/media/${hex(77)} "The port")\n\nMore.`);
    expect(result).toMatchObject({ ok: false, kind: "invalid", errors: { body: "imageUnknown" } });
  });

  it("refuses a picture from another site, by the body field", async () => {
    const result = await save(`Text.\n\n![Ships](https://example.com/a.png)\n`);
    expect(result).toMatchObject({ ok: false, kind: "invalid", errors: { body: "imageSource" } });
  });

  it("saves a picture line naming an upload, and the page gets its credit in its language", async () => {
    const mediaId = await upload(5);
    await prisma.mediaCredit.create({ data: { mediaId, locale: "en", credit: "Reuters" } });
    expect(await save(`Text.\n\n![Ships](/media/${mediaId} "The port")\n`)).toMatchObject({ ok: true });
    const page = await loadStoryPage(storyId, "en", { unpublished: true });
    expect(page?.bodyPictures).toEqual([
      { mediaId, width: 800, height: 600, alt: "", caption: "", credit: { text: "Reuters", locale: "en" } },
    ]);
  });
});
