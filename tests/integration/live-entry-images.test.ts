import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { entryFormImage } from "@/lib/live/entry-image";
import { postEntry, saveEntryVersion } from "@/lib/live/live-entry-commands";
import { loadLiveEntries } from "@/lib/live/live-page-data";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { cacheTags } from "@/lib/stories/cache-tags";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

// An entry's image from the composer: the story images' upload pipeline,
// one image shared by the languages, a caption and alt text in each.

let prisma: PrismaClient;
let editor: NewsroomUser;
let storyId: number;

seedDemoDatabaseForEachTest((client) => (prisma = client));

const png = async (width: number, height: number) =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
          .png()
          .toBuffer(),
      ),
    ],
    "storm.png",
    { type: "image/png" },
  );

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "ed@example.com");
  const section = await prisma.section.findFirstOrThrow();
  const created = await createStory(editor, {
    kind: "live",
    sourceLocale: "en",
    sectionId: section.id,
    authorIds: [],
    image: null,
    fields: { slug: "storm-live", headline: "Live: the storm", dek: "Updates.", body: "The storm." },
  });
  if (!created.ok) throw new Error("story not created");
  storyId = created.storyId;
  await prisma.storyTranslation.update({
    where: { storyId_locale: { storyId, locale: "en" } },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  await prisma.storyTranslation.create({
    data: {
      storyId,
      locale: "ar",
      slug: "العاصفة-مباشر",
      headline: "مباشر: العاصفة",
      dek: "تحديثات.",
      body: "العاصفة.",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
});

describe("an entry's image", () => {
  it("is stored through the upload pipeline and shown with the caption of each language", async () => {
    const chosen = await entryFormImage(editor, await png(800, 450), null);
    expect(chosen.error).toBeUndefined();
    expect(chosen.image).toMatchObject({ width: 800, height: 450, src: `/media/${chosen.image!.id}` });
    const posted = await postEntry(editor, {
      storyId,
      locale: "en",
      fields: {
        body: "Snow closed the Dahr el-Baidar road.",
        imageCaption: "Snowploughs at Dahr el-Baidar.",
        imageAlt: "A snowplough on a white road.",
      },
      image: chosen.image,
    });
    if (!posted.ok) throw new Error(posted.kind);
    const translated = await saveEntryVersion(editor, {
      entryId: posted.entryId,
      locale: "ar",
      revision: 0,
      fields: { body: "أغلق الثلج طريق ضهر البيدر.", imageCaption: "جرّافات الثلج على ضهر البيدر." },
      publish: true,
    });
    expect(translated.ok).toBe(true);
    const english = (await loadLiveEntries(storyId, "en", 1))!.entries[0]!;
    expect(english.image).toEqual({
      src: chosen.image!.src,
      width: 800,
      height: 450,
      alt: "A snowplough on a white road.",
      caption: "Snowploughs at Dahr el-Baidar.",
    });
    const arabic = (await loadLiveEntries(storyId, "ar", 1))!.entries[0]!;
    expect(arabic.image).toMatchObject({ src: chosen.image!.src, caption: "جرّافات الثلج على ضهر البيدر." });
  });

  it("is refused for what the pipeline refuses, keeping one uploaded before", async () => {
    const first = await entryFormImage(editor, await png(640, 360), null);
    const notAnImage = new File([new TextEncoder().encode("<svg onload=alert(1)>")], "x.png");
    const refused = await entryFormImage(editor, notAnImage, first.image!.id);
    expect(refused).toEqual({ image: first.image, error: "imageType" });
    const tooWide = await entryFormImage(editor, await png(12_001, 10), null);
    expect(tooWide.error).toBe("imageDimensions");
    // A kept id names a stored upload, or nothing: its size comes from the library.
    expect((await entryFormImage(editor, null, "f".repeat(64))).image).toBeNull();
    expect((await entryFormImage(editor, null, "../etc/passwd")).image).toBeNull();
  });

  it("is replaced from the source's edit form, purging every language it shows in", async () => {
    const first = await entryFormImage(editor, await png(640, 360), null);
    const posted = await postEntry(editor, {
      storyId,
      locale: "en",
      fields: { body: "Snow." },
      image: first.image,
    });
    if (!posted.ok) throw new Error(posted.kind);
    await saveEntryVersion(editor, {
      entryId: posted.entryId,
      locale: "ar",
      revision: 0,
      fields: { body: "ثلج." },
      publish: true,
    });
    const second = await entryFormImage(editor, await png(320, 240), null);
    const saved = await saveEntryVersion(editor, {
      entryId: posted.entryId,
      locale: "en",
      revision: 1,
      fields: { body: "Snow, and more." },
      publish: true,
      image: second.image!,
    });
    expect(saved).toMatchObject({
      ok: true,
      tags: expect.arrayContaining([cacheTags.live(storyId, "en"), cacheTags.live(storyId, "ar")]),
    });
    const arabic = (await loadLiveEntries(storyId, "ar", 1))!.entries[0]!;
    expect(arabic.image).toMatchObject({ src: second.image!.src, width: 320, height: 240 });
  });
});
