import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { IMAGE_LIMITS, UPLOAD_QUOTA } from "@/lib/newsroom/media/image-limits";
import { storeImage } from "@/lib/newsroom/media/image-store";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createMember } from "@/tests/setup/newsroom-member";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";
import { resetDatabase } from "@/tests/setup/reset-database";

let prisma: PrismaClient;
let editor: NewsroomUser;

async function png(width: number, height: number, shade = 120): Promise<Uint8Array> {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: shade, g: 80, b: 40 } } })
    .png()
    .toBuffer();
  return new Uint8Array(data);
}

/** A PNG signature and IHDR chunk declaring any size, with no pixels: what an image bomb's header looks like. */
function pngHeaderOnly(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(8 + 25);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write("IHDR", 12, "ascii");
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.set([8, 2, 0, 0, 0], 24);
  return new Uint8Array(bytes);
}

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
});

beforeEach(async () => {
  await resetDatabase(prisma);
  editor = await createMember(prisma, "EDITOR", "uploads@example.com");
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("uploaded images", () => {
  it("stores a re-encoded copy: anything appended to the file is gone", async () => {
    const original = await png(64, 48);
    const payload = Buffer.from("<script>alert(1)</script>");
    const result = await storeImage(new Uint8Array(Buffer.concat([original, payload])), editor.id);
    expect(result).toMatchObject({ ok: true, width: 64, height: 48 });
    const stored = await prisma.mediaAsset.findFirstOrThrow();
    expect(Buffer.from(stored.bytes).includes(payload)).toBe(false);
    expect(stored.uploadedById).toBe(editor.id);
    const decoded = await sharp(Buffer.from(stored.bytes)).metadata();
    expect([decoded.width, decoded.height, decoded.format]).toEqual([64, 48, "png"]);
    expect(await prisma.auditEntry.findMany()).toMatchObject([
      {
        actorId: editor.id,
        action: "media.upload",
        subject: `media:${stored.id}`,
        details: { width: 64, height: 48 },
      },
    ]);
  });

  it("refuses images whose header declares too many pixels, before decoding them", async () => {
    for (const [width, height] of [
      [30_000, 30_000],
      [2_147_483_647, 2_147_483_647],
      [IMAGE_LIMITS.side + 1, 10],
      [10_000, 10_000],
    ]) {
      expect(await storeImage(pngHeaderOnly(width!, height!), editor.id)).toEqual({
        ok: false,
        error: "imageDimensions",
      });
    }
    expect(await prisma.mediaAsset.count()).toBe(0);
  });

  it("refuses what is not a PNG, JPEG or WebP image, and files over 5 MB", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(await storeImage(svg, editor.id)).toEqual({ ok: false, error: "imageType" });
    const truncated = (await png(200, 200)).slice(0, 60);
    expect(await storeImage(truncated, editor.id)).toEqual({ ok: false, error: "imageType" });
    expect(await storeImage(new Uint8Array(IMAGE_LIMITS.bytes + 1), editor.id)).toEqual({
      ok: false,
      error: "imageTooLarge",
    });
    expect(await prisma.mediaAsset.count()).toBe(0);
  });

  it("keeps each member within the daily quota, even when uploads race", async () => {
    const files = await Promise.all(
      Array.from({ length: UPLOAD_QUOTA.files + 5 }, (_, index) => png(8, 8 + index)),
    );
    const results = await Promise.all(files.map((file) => storeImage(file, editor.id)));
    expect(results.filter((result) => result.ok)).toHaveLength(UPLOAD_QUOTA.files);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 5 }, () => ({ ok: false, error: "uploadQuota" })),
    );
    expect(await prisma.mediaAsset.count({ where: { uploadedById: editor.id } })).toBe(UPLOAD_QUOTA.files);
    // A refused upload records nothing.
    expect(await prisma.auditEntry.count({ where: { action: "media.upload" } })).toBe(UPLOAD_QUOTA.files);
    // Another member's allowance is their own.
    const other = await createMember(prisma, "EDITOR", "other@example.com");
    expect(await storeImage(await png(9, 9), other.id)).toMatchObject({ ok: true });
  });
});
