import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { listNewsroomStories, storyFilterSchema } from "@/lib/newsroom/lists/story-table";
import { seedIfEmpty } from "@/prisma/seed";
import { createMember } from "@/tests/setup/newsroom-member";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

// PostgreSQL refuses NUL in text; such input used to end in a 500.
let prisma: PrismaClient;

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  await seedIfEmpty(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("NUL and other control characters", () => {
  it("in the newsroom search are read as spaces, and the search still answers", async () => {
    const filter = storyFilterSchema.parse({ q: "\u0000port\u0000" });
    expect(filter.q).toBe("port");
    const { rows } = await listNewsroomStories("en", filter);
    expect(Array.isArray(rows)).toBe(true);
  });

  it("in a headline are refused with a field error, and nothing is saved", async () => {
    const editor = await createMember(prisma, "EDITOR", `nul-${Date.now()}@example.com`);
    const translation = await prisma.storyTranslation.findFirstOrThrow({ where: { locale: "en" } });
    const result = await saveTranslation(editor, {
      storyId: translation.storyId,
      locale: "en",
      baseRevision: translation.revision,
      sourceRevision: 0,
      fields: {
        slug: translation.slug,
        headline: "Headline\u0000with NUL",
        dek: translation.dek,
        body: translation.body,
        leadImageAlt: translation.leadImageAlt,
      },
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid", errors: { headline: "invalidCharacters" } });
    const after = await prisma.storyTranslation.findUniqueOrThrow({ where: { id: translation.id } });
    expect(after.headline).toBe(translation.headline);
    expect(after.revision).toBe(translation.revision);
  });

  it("a bidi override in a headline is refused with a field error, as import refuses it", async () => {
    const editor = await createMember(prisma, "EDITOR", `bidi-${Date.now()}@example.com`);
    const translation = await prisma.storyTranslation.findFirstOrThrow({ where: { locale: "ar" } });
    const result = await saveTranslation(editor, {
      storyId: translation.storyId,
      locale: "ar",
      baseRevision: translation.revision,
      sourceRevision: 0,
      fields: {
        slug: translation.slug,
        headline: `\u202E${translation.headline}`,
        dek: translation.dek,
        body: translation.body,
        leadImageAlt: translation.leadImageAlt,
      },
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid", errors: { headline: "invalidCharacters" } });
  });
});
