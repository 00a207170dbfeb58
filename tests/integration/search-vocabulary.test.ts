import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseSearchRequest } from "@/lib/search/search-request";
import { closestQuery, readArabizi } from "@/lib/search/search-vocabulary";
import { searchWithVocabulary } from "@/lib/search/search-with-vocabulary";
import { arabiziAgreement, arabiziAnswers } from "@/bench/support/arabizi-agreement";
import { seedDemoContent } from "@/prisma/seed";
import { arabiziSet } from "@/tests/relevance/relevance-set";
import { resetDatabase } from "@/tests/setup/reset-database";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;

async function storiesHolding(locale: "en" | "ar", word: string): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ stories: number }[]>`
    SELECT stories FROM "SearchWord" WHERE locale = ${locale}::"Locale" AND word = ${word}`;
  return rows[0]?.stories ?? null;
}

async function addVersion(locale: "en" | "ar", key: string, body: string, status: "PUBLISHED" | "DRAFT") {
  const section = await prisma.section.findFirstOrThrow();
  const story = await prisma.story.create({
    data: {
      key,
      sourceLocale: locale,
      sectionId: section.id,
      translations: {
        create: {
          locale,
          slug: key,
          headline: `Vocabulary ${key}`,
          dek: "",
          body,
          status,
          publishedAt: status === "PUBLISHED" ? new Date() : null,
        },
      },
    },
    include: { translations: true },
  });
  return story.translations[0]!.id;
}

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  await resetDatabase(prisma);
  await seedDemoContent(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("the search vocabulary", () => {
  it("holds the words of the published demo stories in each language", async () => {
    expect(await storiesHolding("ar", "الكهرباء")).toBeGreaterThan(0);
    expect(await storiesHolding("en", "electricity")).toBeGreaterThan(0);
    // Tashkeel and the accusative alef are not part of a stored word.
    expect(await storiesHolding("ar", "يوميًا")).toBeNull();
  });

  it("gains a version's words when it is published and loses them when it is unpublished", async () => {
    const id = await addVersion("en", "vocab-upkeep", "Zanzibarian quokkas", "DRAFT");
    expect(await storiesHolding("en", "zanzibarian")).toBeNull();
    await prisma.storyTranslation.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    expect(await storiesHolding("en", "zanzibarian")).toBe(1);
    const other = await addVersion("en", "vocab-upkeep-2", "More zanzibarian news", "PUBLISHED");
    expect(await storiesHolding("en", "zanzibarian")).toBe(2);
    await prisma.storyTranslation.update({ where: { id }, data: { body: "Quokkas only" } });
    expect(await storiesHolding("en", "zanzibarian")).toBe(1);
    expect(await storiesHolding("en", "quokkas")).toBe(1);
    await prisma.storyTranslation.update({ where: { id }, data: { status: "DRAFT" } });
    expect(await storiesHolding("en", "quokkas")).toBeNull();
    await prisma.storyTranslation.delete({ where: { id: other } });
    expect(await storiesHolding("en", "zanzibarian")).toBeNull();
  });

  it("counts a statement's many versions at once", async () => {
    const ids = await Promise.all(
      ["a", "b", "c"].map((key) => addVersion("ar", `vocab-bulk-${key}`, "طائرة ورقية", "DRAFT")),
    );
    await prisma.storyTranslation.updateMany({
      where: { id: { in: ids } },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    expect(await storiesHolding("ar", "ورقية")).toBe(3);
    await prisma.storyTranslation.updateMany({ where: { id: { in: ids } }, data: { status: "DRAFT" } });
    expect(await storiesHolding("ar", "ورقية")).toBeNull();
  });
});

describe("did you mean", () => {
  it("proposes the nearest indexed word for a misspelled English or Arabic word", async () => {
    expect(await closestQuery("en", "electricty")).toBe("electricity");
    expect(await closestQuery("en", "Beirutt port")).toBe("Beirut port");
    expect(await closestQuery("ar", "مهرجن")).toBe("مهرجان");
    expect(await closestQuery("ar", "الكهرباا")).toBe("الكهرباء");
  });

  it("is offered only when the search finds nothing and the proposal finds stories", async () => {
    const missed = await searchWithVocabulary("en", parseSearchRequest({ q: "olive harvets" }));
    expect(missed).toMatchObject({ kind: "results", total: 0, didYouMean: "olive harvest" });
    const found = await searchWithVocabulary("en", parseSearchRequest({ q: "olive harvest" }));
    expect(found).toMatchObject({ kind: "results" });
    expect(found.kind === "results" && found.didYouMean).toBeFalsy();
    const nothing = await searchWithVocabulary("en", parseSearchRequest({ q: "xqzwv" }));
    expect(nothing.kind === "results" && nothing.didYouMean).toBeFalsy();
  });
});

describe("Arabizi", () => {
  it("reads Latin words as the Arabic words the stories hold", async () => {
    expect((await readArabizi("el kahraba"))?.query).toBe("الكهرباء");
    expect((await readArabizi("w el kahraba"))?.query).toBe("والكهرباء");
    expect((await readArabizi("7ara2e2"))?.query).toBe("حرائق");
    expect((await readArabizi("mahrajan beyrouth"))?.query).toBe("مهرجان بيروت");
    expect(await readArabizi("الكهرباء")).toBeNull();
  });

  it("searches in Arabic only when the Latin words find nothing as typed, unless asked not to", async () => {
    const read = await searchWithVocabulary("ar", parseSearchRequest({ q: "fa5oury" }));
    expect(read).toMatchObject({ kind: "results", arabizi: { query: "فاخوري" } });
    expect(read.kind === "results" && read.total).toBeGreaterThan(0);
    const literal = await searchWithVocabulary("ar", parseSearchRequest({ q: "fa5oury", literal: "1" }));
    expect(literal).toMatchObject({ kind: "results", total: 0 });
    expect(literal.kind === "results" && literal.arabizi).toBeFalsy();
    await addVersion("ar", "vocab-latin", "قمة حلف nato في بروكسل", "PUBLISHED");
    const latin = await searchWithVocabulary("ar", parseSearchRequest({ q: "nato" }));
    expect(latin).toMatchObject({ kind: "results", total: 1 });
    expect(latin.kind === "results" && latin.arabizi).toBeFalsy();
  });

  it("gives the same first three stories as the Arabic query for at least 70% of the hand-written set", async () => {
    const answers = await arabiziAnswers(arabiziSet);
    const agreement = arabiziAgreement(answers);
    expect(answers.length).toBeGreaterThanOrEqual(50);
    expect(agreement.sameOrder).toBeGreaterThanOrEqual(0.7);
  });
});
