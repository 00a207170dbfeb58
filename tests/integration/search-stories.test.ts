import type { Locale } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/search/highlight";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";
import type { SearchOutcome } from "@/lib/search/search-types";
import { suggestHeadlines } from "@/lib/search/suggest-headlines";
import { hostileSearchPaths } from "@/bench/support/hostile-search-queries";
import { ARABIC_PAIRS } from "@/tests/fixtures/arabic-spelling-pairs";
import { randomStrings } from "@/tests/support/random-strings";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";
import { resetDatabase } from "@/tests/setup/reset-database";

let prisma: PrismaClient;
let sections: { id: number; slug: Record<Locale, string> }[] = [];
let counter = 0;

async function addStory(
  locale: Locale,
  text: { headline: string; dek?: string; body?: string },
  opts: { section?: number; publishedAt?: Date; status?: "PUBLISHED" | "DRAFT" } = {},
): Promise<number> {
  counter += 1;
  const publishedAt = opts.publishedAt ?? new Date(Date.UTC(2026, 0, 1) + counter * 60_000);
  const story = await prisma.story.create({
    data: {
      key: `search-${counter}`,
      sourceLocale: locale,
      sectionId: sections[opts.section ?? 0]!.id,
      firstPublishedAt: publishedAt,
      translations: {
        create: {
          locale,
          slug: `search-${counter}`,
          headline: text.headline,
          dek: text.dek ?? "",
          body: text.body ?? "",
          status: opts.status ?? "PUBLISHED",
          publishedAt,
        },
      },
    },
  });
  return story.id;
}

function search(locale: Locale, params: Record<string, string>): Promise<SearchOutcome> {
  return searchStories(locale, parseSearchRequest(params));
}

async function foundIds(locale: Locale, params: Record<string, string>): Promise<number[]> {
  const outcome = await search(locale, params);
  return outcome.kind === "results" ? outcome.hits.map((hit) => hit.storyId) : [];
}

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  await resetDatabase(prisma);
  for (const key of ["world", "sport"]) {
    const row = await prisma.section.create({
      data: {
        key,
        translations: {
          create: [
            { locale: "en", name: key, slug: key },
            { locale: "ar", name: `قسم ${key}`, slug: `قسم-${key}` },
          ],
        },
      },
    });
    sections.push({ id: row.id, slug: { en: key, ar: `قسم-${key}` } });
  }
});

afterAll(async () => {
  await resetDatabase(prisma);
  await prisma.$disconnect();
  sections = [];
});

describe("Arabic spellings", () => {
  it.each(ARABIC_PAIRS)("a story spelled %s is found as %s and the other way round", async (a, b) => {
    const first = await addStory("ar", { headline: `خبر عن ${a} اليوم` });
    const second = await addStory("ar", { headline: `تقرير عن ${b} أمس` });
    for (const query of [a, b]) {
      const ids = await foundIds("ar", { q: query });
      expect(ids).toContain(first);
      expect(ids).toContain(second);
    }
  });

  it("finds a Latin word inside an Arabic story from the Arabic search", async () => {
    const id = await addStory("ar", {
      headline: "اجتماع في بروكسل",
      body: "قال الأمين العام لحلف NATO إن منظمة UNESCO شريك.",
    });
    expect(await foundIds("ar", { q: "nato" })).toContain(id);
    expect(await foundIds("ar", { q: "UNESCO" })).toContain(id);
  });

  it("highlights matches in the stored spelling, between the private markers", async () => {
    await addStory("ar", { headline: "مستشفى جديد في المدينة", dek: "افتتاح مستشفى للأطفال" });
    const outcome = await search("ar", { q: "مستشفي" });
    expect(outcome.kind).toBe("results");
    if (outcome.kind !== "results") return;
    const hit = outcome.hits.find((h) => h.headline.includes("جديد"))!;
    expect(hit.headline).toBe(`${HIGHLIGHT_START}مستشفى${HIGHLIGHT_STOP} جديد في المدينة`);
    expect(hit.dek).toContain(`${HIGHLIGHT_START}مستشفى${HIGHLIGHT_STOP}`);
  });
});

describe("Arabic word forms (issue 24)", () => {
  it("finds a word with a fused conjunction, preposition or article, and without", async () => {
    const id = await addStory("ar", {
      headline: "خطة الكهرباء أمام مجلس الوزراء",
      body: "موسم الزيتون في الجنوب",
    });
    for (const q of ["والكهرباء", "بالكهرباء", "كهرباء", "زيتون", "وزيتون", "للزيتون"]) {
      expect(await foundIds("ar", { q }), q).toContain(id);
    }
  });

  it("finds a broken plural from its singular through the editors' table, and the other way round", async () => {
    await prisma.arabicPlural.create({ data: { singular: "أستاذ", plural: "أساتذة" } });
    const plural = await addStory("ar", { headline: "إضراب الأساتذة في الجامعة" });
    const singular = await addStory("ar", { headline: "أستاذ يفوز بجائزة" });
    expect(await foundIds("ar", { q: "استاذ" })).toEqual(expect.arrayContaining([plural, singular]));
    expect(await foundIds("ar", { q: "أساتذة" })).toEqual(expect.arrayContaining([plural, singular]));
  });

  it("finds a broken plural of news Arabic from its singular with no editors' pair (the shipped table)", async () => {
    await prisma.arabicPlural.deleteMany();
    const plural = await addStory("ar", { headline: "ترميم المدارس الرسمية في الشمال" });
    const singular = await addStory("ar", { headline: "انهيار سقف مدرسة في الجنوب" });
    expect(await foundIds("ar", { q: "مدرسة" })).toEqual(expect.arrayContaining([plural, singular]));
    expect(await foundIds("ar", { q: "مدارس" })).toEqual(expect.arrayContaining([plural, singular]));
  });

  it("ranks the form typed above other forms of the word, and marks every form", async () => {
    const other = await addStory("ar", { headline: "تقرير عن المهندسين" });
    const typed = await addStory("ar", { headline: "تقرير عن مهندسة" });
    const outcome = await search("ar", { q: "مهندسة" });
    expect(outcome.kind === "results" && outcome.hits.map((hit) => hit.storyId).slice(0, 2)).toEqual([
      typed,
      other,
    ]);
    if (outcome.kind !== "results") return;
    expect(outcome.hits[1]!.headline).toBe(`تقرير عن ${HIGHLIGHT_START}المهندسين${HIGHLIGHT_STOP}`);
  });

  it("answers Arabic stop words alone as English answers 'the'", async () => {
    await addStory("ar", { headline: "في البلدة من جديد" });
    for (const q of ["في", "في من على", "وفي هذه التي"]) {
      expect((await search("ar", { q })).kind, q).toBe("nothing-searchable");
    }
  });

  it("suggests a headline from a word typed with a fused article", async () => {
    await addStory("ar", { headline: "شبكة كهربائية جديدة في طرابلس" });
    expect((await suggestHeadlines("ar", "والكهربائ")).map((s) => s.headline)).toContain(
      "شبكة كهربائية جديدة في طرابلس",
    );
  });
});

describe("English search", () => {
  it("stems English words and ranks a headline match above body matches", async () => {
    const inBody = await addStory("en", {
      headline: "Parliament meets",
      body: "Talk of glaciers and more glaciers and glaciers again.",
    });
    const inHeadline = await addStory("en", { headline: "The glacier retreats", body: "Ice." });
    const ids = await foundIds("en", { q: "glaciers" });
    expect(ids.slice(0, 2)).toEqual([inHeadline, inBody]);
  });

  it("does not show drafts or the other language", async () => {
    const draft = await addStory("en", { headline: "Secret volcano plan" }, { status: "DRAFT" });
    const arabic = await addStory("ar", { headline: "volcano بركان" });
    expect(await foundIds("en", { q: "volcano" })).not.toContain(draft);
    expect(await foundIds("en", { q: "volcano" })).not.toContain(arabic);
  });

  it("filters by section and by date range, and sorts by newest", async () => {
    const old = await addStory(
      "en",
      { headline: "Harbour news" },
      { publishedAt: new Date("2025-03-01T10:00:00Z") },
    );
    const recent = await addStory(
      "en",
      { headline: "Harbour update harbour" },
      { section: 1, publishedAt: new Date("2025-06-01T10:00:00Z") },
    );
    expect(await foundIds("en", { q: "harbour", section: "sport" })).toEqual([recent]);
    expect(await foundIds("en", { q: "harbour", from: "2025-02-28", to: "2025-03-01" })).toEqual([old]);
    expect(await foundIds("en", { q: "harbour", from: "2025-03-02" })).toEqual([recent]);
    expect(await foundIds("en", { q: "harbour", sort: "newest" })).toEqual([recent, old]);
  });

  it("pages through results ten at a time", async () => {
    for (let i = 0; i < 12; i++) await addStory("en", { headline: `Lighthouse keeper ${i}` });
    const first = await search("en", { q: "lighthouse" });
    const second = await search("en", { q: "lighthouse", page: "2" });
    expect(first.kind === "results" && [first.hits.length, first.total, first.pageCount]).toEqual([
      10, 12, 2,
    ]);
    expect(second.kind === "results" && second.hits.length).toBe(2);
  });

  it("ranks only the newest 500 matches of a word most stories hold, and says there are more", async () => {
    await prisma.$executeRaw`
      WITH stories AS (
        INSERT INTO "Story" (key, "sourceLocale", "sectionId", "firstPublishedAt")
        SELECT 'lantern-' || n, 'en', ${sections[0]!.id}, timestamp '2026-02-01' + n * interval '10 minutes'
        FROM generate_series(1, 520) AS n
        RETURNING id, key, "firstPublishedAt")
      INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, status, "publishedAt")
      SELECT id, 'en', key, 'Lantern festival ' || key, '', '', 'PUBLISHED', "firstPublishedAt" FROM stories`;
    const first = await search("en", { q: "lantern" });
    expect(first.kind === "results" && [first.total, first.capped, first.pageCount]).toEqual([500, true, 50]);
    const newestFirst = await search("en", { q: "lantern", sort: "newest" });
    const lastPage = await search("en", { q: "lantern", sort: "newest", page: "50" });
    expect(newestFirst.kind === "results" && newestFirst.hits[0]!.slug).toBe("lantern-520");
    expect(lastPage.kind === "results" && lastPage.hits.map((hit) => hit.slug).at(-1)).toBe("lantern-21");
    const narrower = await search("en", { q: "lantern", from: "2026-02-01", to: "2026-02-01" });
    expect(narrower.kind === "results" && [narrower.total, narrower.capped]).toEqual([143, false]);
  });
});

describe("queries that cannot be looked up", () => {
  it("answers stop words, punctuation and exclusions alone with nothing searchable", async () => {
    for (const q of ["the of and", "&|!:*()", "-glacier", "!!! ??? ...", "«»،؛؟"]) {
      expect((await search("en", { q })).kind, q).toBe("nothing-searchable");
    }
  });

  it("never fails on hostile queries", async () => {
    const pieces = [
      "&",
      "|",
      "!",
      ":*",
      "(",
      ")",
      "'",
      '"',
      "\\",
      "--",
      ";",
      "<->",
      "OR",
      "-",
      "*",
      "%",
      "\u0000",
      "أ",
      "NATO",
      "1=1",
      "DROP TABLE",
      "ـ",
      "\u202e",
      "😀",
      "\ue000",
    ];
    const queries = [
      "x".repeat(2000),
      '\' OR 1=1; DROP TABLE "Story"; --',
      "'; SELECT pg_sleep(10); --",
      "NATO الناتو mixed كلمات words",
      ...randomStrings(pieces, {
        count: 300,
        seed: 7,
        length: (random) => 1 + Math.floor(random() * 12),
        separator: (random) => (random() < 0.5 ? " " : ""),
      }),
    ];
    for (const q of queries) {
      for (const locale of ["en", "ar"] as const) {
        await expect(search(locale, { q, page: "999999" }), q).resolves.toBeDefined();
        await expect(suggestHeadlines(locale, q), q).resolves.toBeDefined();
      }
    }
  });

  it("answers the scale bench's generated hostile queries, filters and all, without an error", async () => {
    for (const hostile of hostileSearchPaths(300, 3)) {
      const url = new URL(hostile, "http://localhost");
      const params = Object.fromEntries(url.searchParams);
      const locale = url.pathname.startsWith("/ar/") || params.locale === "ar" ? "ar" : "en";
      await expect(search(locale, params), hostile).resolves.toBeDefined();
      await expect(suggestHeadlines(locale, params.q ?? ""), hostile).resolves.toBeDefined();
    }
  });
});

describe("suggestions", () => {
  it("completes the last word of a headline, in Arabic spelled either way", async () => {
    await addStory("ar", { headline: "افتتاح مدرسة الموسيقى" });
    await addStory("en", { headline: "Orchestra tours the coast" });
    expect((await suggestHeadlines("en", "orch")).map((s) => s.headline)).toEqual([
      "Orchestra tours the coast",
    ]);
    expect((await suggestHeadlines("ar", "مدرسه الموس")).map((s) => s.headline)).toEqual([
      "افتتاح مدرسة الموسيقى",
    ]);
    expect(await suggestHeadlines("en", "o")).toEqual([]);
  });
});
