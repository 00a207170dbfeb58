import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { createMember } from "@/tests/setup/newsroom-member";
import { testDatabaseUrl } from "@/tests/setup/test-database";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

const MIGRATION = path.resolve(
  import.meta.dirname,
  "../../prisma/migrations/20261126000100_slug_policy/migration.sql",
);

let prisma: PrismaClient;
let editor: NewsroomUser;

async function runSlugMigration(): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(readFileSync(MIGRATION, "utf8"));
  } finally {
    await client.end();
  }
}

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "slugs@example.com");
});

describe("slug policy", () => {
  it("migrates slugs stored before it, and their old URLs keep working", async () => {
    const english = await prisma.storyTranslation.findMany({
      where: { locale: "en" },
      orderBy: { id: "asc" },
      take: 4,
    });
    const arabic = await prisma.storyTranslation.findFirstOrThrow({
      where: { locale: "ar" },
      orderBy: { id: "asc" },
    });
    const [upper, cyrillic, fullwidth, keeper] = english as [
      (typeof english)[0],
      (typeof english)[0],
      (typeof english)[0],
      (typeof english)[0],
    ];
    const bad = {
      upper: keeper.slug.replace(/^./, (c) => c.toUpperCase()),
      cyrillic: "n\u043Ews-of-the-day",
      fullwidth: "ｐｏｒｔ-ｎｅｗｓ",
      tatweel: `${arabic.slug}ـــ`,
    };
    await prisma.storyTranslation.update({ where: { id: upper.id }, data: { slug: bad.upper } });
    await prisma.storyTranslation.update({ where: { id: cyrillic.id }, data: { slug: bad.cyrillic } });
    await prisma.storyTranslation.update({ where: { id: fullwidth.id }, data: { slug: bad.fullwidth } });
    await prisma.storyTranslation.update({ where: { id: arabic.id }, data: { slug: bad.tatweel } });

    await runSlugMigration();

    const slugOf = async (id: number) =>
      (await prisma.storyTranslation.findUniqueOrThrow({ where: { id } })).slug;
    expect(await slugOf(keeper.id)).toBe(keeper.slug);
    expect(await slugOf(upper.id)).toBe(`${keeper.slug}-${upper.storyId}`);
    expect(await slugOf(cyrillic.id)).toBe(`story-${cyrillic.storyId}`);
    expect(await slugOf(fullwidth.id)).toBe("port-news");
    expect(await slugOf(arabic.id)).toBe(arabic.slug);
    const retired = await prisma.retiredSlug.findMany({ orderBy: { slug: "asc" } });
    for (const [slug, translationId] of [
      [bad.upper, upper.id],
      [bad.cyrillic, cyrillic.id],
      [bad.fullwidth, fullwidth.id],
      [bad.tatweel, arabic.id],
    ] as const) {
      expect(retired).toContainEqual(expect.objectContaining({ slug, translationId }));
    }
    // Running it again changes nothing.
    await runSlugMigration();
    expect(await slugOf(upper.id)).toBe(`${keeper.slug}-${upper.storyId}`);
  });

  it("refuses an upper-case copy of an existing slug as taken, and look-alike letters", async () => {
    const existing = await prisma.storyTranslation.findFirstOrThrow({ where: { locale: "en" } });
    const section = await prisma.section.findFirstOrThrow();
    const attempt = (slug: string) =>
      createStory(editor, {
        sourceLocale: "en",
        sectionId: section.id,
        authorIds: [],
        image: null,
        fields: { slug, headline: "Headline", dek: "Summary", body: "Body text.", leadImageAlt: "" },
      });
    expect(await attempt(existing.slug.toUpperCase())).toEqual({
      ok: false,
      kind: "invalid",
      errors: { slug: "slugTaken" },
    });
    expect(await attempt("n\u043Ews-of-the-day")).toMatchObject({
      ok: false,
      errors: { slug: "slugScript" },
    });
    expect(await attempt("Headline\u0000")).toMatchObject({
      ok: false,
      errors: { slug: "invalidCharacters" },
    });
    const created = await attempt("Ｆｒｅｓｈ-Story");
    expect(created).toMatchObject({ ok: true });
    const stored = await prisma.storyTranslation.findFirstOrThrow({
      where: { slug: { startsWith: "fresh" } },
    });
    expect(stored.slug).toBe("fresh-story");
  });
});
