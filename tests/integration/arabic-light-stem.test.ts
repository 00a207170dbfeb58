import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BUILTIN_ARABIC_PLURALS } from "@/lib/search/arabic-broken-plurals";
import { arabicLightStem, arabicStemAlternates } from "@/lib/search/arabic-light-stem";
import { stories } from "@/prisma/content/stories";
import { ARABIC_PAIRS } from "@/tests/fixtures/arabic-spelling-pairs";
import { arabiziSet, relevanceSet } from "@/tests/relevance/relevance-set";
import { createTestClient } from "@/tests/setup/test-database";
import { randomStrings } from "@/tests/support/random-strings";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await createTestClient();
});

afterAll(async () => {
  await prisma.$disconnect();
});

// Arabic letters, tashkeel, tatweel, digits, Latin and punctuation, so that
// word edges, the accusative alef and the proclitics meet every neighbour.
const ALPHABET = [
  ...Array.from({ length: 0x0652 - 0x0621 + 1 }, (_, i) => String.fromCharCode(0x0621 + i)),
  ..."والبكفلل ةيهاتنو ًّ ـ ٣ 7 aZ-.،",
];

/** Every string of the relevance set and every text and word of the demo stories, in both languages. */
function relevanceStrings(): string[] {
  const texts = [
    ...relevanceSet.ar.map((each) => each.query),
    ...relevanceSet.en.map((each) => each.query),
    ...arabiziSet.map((each) => each.arabic),
    ...stories.flatMap((story) =>
      Object.values(story.translations).flatMap((t) => (t ? [t.headline, t.dek, t.body, t.imageAlt] : [])),
    ),
    ...stories.flatMap((story) =>
      (story.live?.entries ?? []).flatMap((entry) =>
        Object.values(entry.text).map((text) => text?.body ?? ""),
      ),
    ),
  ];
  const words = texts.flatMap((text) => text.split(/\s+/));
  return [...new Set([...texts, ...words])];
}

describe("arabic_light_stem and arabic_stem_alternates in PostgreSQL and their TypeScript twins", () => {
  it("agree on the relevance set, the demo stories' texts and words, spelling pairs and random strings", async () => {
    const inputs = [
      ...relevanceStrings(),
      ...ARABIC_PAIRS.flat(),
      ...ALPHABET,
      ...randomStrings(ALPHABET, { count: 3000, seed: 24, length: (random) => Math.floor(random() * 40) }),
    ];
    const rows = await prisma.$queryRaw<{ stem: string; alternates: string }[]>`
      SELECT arabic_light_stem(input) AS stem, arabic_stem_alternates(input) AS alternates
      FROM unnest(${inputs}::text[]) WITH ORDINALITY AS t(input, n) ORDER BY n`;
    expect(inputs.length).toBeGreaterThan(4000);
    expect(rows.map((row) => row.stem)).toEqual(inputs.map(arabicLightStem));
    expect(rows.map((row) => row.alternates)).toEqual(inputs.map(arabicStemAlternates));
  });

  // The shipped table's links are built in TypeScript (lib/search/arabic-plurals.ts)
  // and looked for among stems PostgreSQL indexed: both must stem its words alike.
  it("agree on every word of the shipped table of broken plurals, alone and with the article", async () => {
    const inputs = BUILTIN_ARABIC_PLURALS.flatMap(({ singular, plural }) => [
      singular,
      plural,
      `ال${singular}`,
      `وال${plural}`,
    ]);
    const rows = await prisma.$queryRaw<{ stem: string }[]>`
      SELECT arabic_light_stem(input) AS stem
      FROM unnest(${inputs}::text[]) WITH ORDINALITY AS t(input, n) ORDER BY n`;
    expect(rows.map((row) => row.stem)).toEqual(inputs.map(arabicLightStem));
  });
});
