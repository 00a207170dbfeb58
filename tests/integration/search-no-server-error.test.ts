import type { Locale } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as suggestRoute } from "@/app/api/search/suggest/route";
import { hostileSearchPaths } from "@/bench/support/hostile-search-queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchWithVocabulary } from "@/lib/search/search-with-vocabulary";
import { seedIfEmpty } from "@/prisma/seed";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";
import { resetDatabase } from "@/tests/setup/reset-database";

// Issue 24, item 6: any query gets an answer, never a server error. The
// search page answers whatever searchWithVocabulary returns (an error would be a
// 500); the suggestion route answers 200 or 400. Both run against the demo
// stories, so that queries also reach the index and the ranking.

let prisma: PrismaClient;

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  await resetDatabase(prisma);
  await seedIfEmpty(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

const HOSTILE = [
  "-".repeat(40),
  "-".repeat(2000),
  `${"-".repeat(39)}a`,
  `${"- ".repeat(60)}زيتون`,
  `${"-a ".repeat(100)}`,
  "!".repeat(100) + "a",
  "a & b | !c <-> d:* (e) <2> f:A",
  "'a':* & !!!b | (((c",
  '"unbalanced phrase',
  '"" "" -"" or or OR',
  "or",
  "-",
  "\u0000",
  "زيتون\u0000الزيتون",
  "\u202e\u202dالكهرباء\u200f\u2066olive\u2069",
  "\u200d\u200c\ufeff",
  "\ue000olive\ue001",
  "x".repeat(2000),
  "الكهرباء ".repeat(250),
  "في من على إلى عن",
  "\\' \\\\ '' \\",
  '\' OR 1=1; DROP TABLE "Story"; --',
  "١٢٣ ۱۲۳ 123",
  "🇱🇧 👩🏽‍💻",
  "\ud800 lone \udfff",
];

async function pageAnswers(locale: Locale, params: Record<string, string>): Promise<void> {
  const outcome = await searchWithVocabulary(locale, parseSearchRequest(params));
  expect(outcome.kind).toMatch(/^(empty|nothing-searchable|results)$/);
}

async function routeAnswers(query: string): Promise<number> {
  const response = await suggestRoute(new Request(`http://localhost/api/search/suggest?${query}`));
  return response.status;
}

describe("search never answers with a server error", () => {
  it("answers the hostile set in both languages, on the page and the suggestion route", async () => {
    for (const q of HOSTILE) {
      for (const locale of ["en", "ar"] as const) {
        await expect(pageAnswers(locale, { q }), JSON.stringify(q)).resolves.toBeUndefined();
        const status = await routeAnswers(new URLSearchParams({ locale, q }).toString());
        expect([200, 400], JSON.stringify(q)).toContain(status);
      }
    }
  });

  it("answers 10,000 generated hostile queries", async () => {
    for (const path of hostileSearchPaths(10_000, 24)) {
      const url = new URL(path, "http://localhost");
      if (url.pathname.startsWith("/api/")) {
        expect([200, 400], path).toContain(await routeAnswers(url.search.slice(1)));
        continue;
      }
      const locale: Locale = url.pathname.startsWith("/ar/") ? "ar" : "en";
      await expect(pageAnswers(locale, Object.fromEntries(url.searchParams)), path).resolves.toBeUndefined();
    }
  }, 240_000);
});
