import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { ARABIC_PAIRS } from "@/tests/fixtures/arabic-spelling-pairs";
import { createTestClient } from "@/tests/setup/test-database";
import { randomStrings } from "@/tests/support/random-strings";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await createTestClient();
});

afterAll(async () => {
  await prisma.$disconnect();
});

// Every Arabic-block character, a few Latin and Persian ones, and spaces.
const ALPHABET = [
  ...Array.from({ length: 0x06ff - 0x0600 + 1 }, (_, i) => String.fromCharCode(0x0600 + i)),
  ..."abcXYZ0189 -.éß",
];

describe("normalize_search_text in PostgreSQL and normalizeSearchText in TypeScript", () => {
  it("agree on the Arabic pairs, every Arabic-block character and 2,000 random strings", async () => {
    const inputs = [
      ...ARABIC_PAIRS.flat(),
      ...ALPHABET,
      ...randomStrings(ALPHABET, { count: 2000, seed: 42, length: (random) => Math.floor(random() * 30) }),
    ];
    const rows = await prisma.$queryRaw<{ output: string }[]>`
      SELECT normalize_search_text(input) AS output FROM unnest(${inputs}::text[]) WITH ORDINALITY AS t(input, n) ORDER BY n`;
    expect(rows.map((row) => row.output)).toEqual(inputs.map(normalizeSearchText));
  });
});
