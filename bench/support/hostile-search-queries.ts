import { seededRandom as random } from "@/scripts/corpus/seeded-random";
// Generated hostile query strings for the search page and the suggestion
// route: tsquery and SQL syntax, quotes and operators, control characters,
// lone surrogates sent as raw bytes, invalid percent-encoding, very long
// and very many words, and out-of-range page, sort, section and date
// parameters. Deterministic for a seed, so a failure can be replayed.

const FRAGMENTS = [
  '"',
  "'",
  "\\",
  "(",
  ")",
  "&",
  "|",
  "!",
  ":*",
  "<->",
  "<2>",
  "-",
  " or ",
  " OR ",
  " and ",
  "*",
  ":A",
  ":ABCD",
  '\'; DROP TABLE "Story"; --',
  "%",
  "_",
  "\u0000",
  "\u0007",
  "\u202e",
  "\u200f",
  "\u200d",
  "\ufeff",
  "\ue000",
  "\ue001",
  "\u0301",
  "🇱🇧",
  "👩🏽‍💻",
  "مُؤْتَمَر",
  "ـــ",
  "١٢٣",
  "۱۲۳",
  "the",
  "a",
  "parliament",
  "الحكومة",
  "في",
  "ﷺ",
  "ﻻ",
  "\t",
  "\n",
  "  ",
];

/** Percent-encoded pieces encodeURIComponent cannot make: invalid UTF-8 and broken escapes. */
const RAW = ["%ED%A0%80", "%C0%AF", "%FF%FE", "%ZZ", "%", "%E2%82", "%00", "+", "%2B%2B"];

function hostileValue(next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const roll = next();
  if (roll < 0.05) return encodeURIComponent("word ".repeat(2_000));
  if (roll < 0.1) return encodeURIComponent(Array.from({ length: 300 }, () => pick(FRAGMENTS)).join(" "));
  const parts = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
    next() < 0.2 ? pick(RAW) : encodeURIComponent(pick(FRAGMENTS)),
  );
  return parts.join(next() < 0.5 ? "" : "%20");
}

function hostileExtra(next: () => number): string {
  const extras = [
    "",
    "",
    "&page=-1",
    "&page=99999999999999999999",
    "&page=abc",
    "&page=50",
    "&page=51",
    "&sort=newest",
    "&sort=%00",
    "&section=%00%ZZ",
    "&section=" + "x".repeat(500),
    "&from=2026-13-45",
    "&from=0000-01-01&to=9999-12-31",
    "&to=2026-02-30",
    "&q=second",
    "&locale=xx",
  ];
  return extras[Math.floor(next() * extras.length)]!;
}

/** `count` paths, half to the search page and half to the suggestion route, in both languages. */
export function hostileSearchPaths(count: number, seed = 1): string[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const locale = next() < 0.5 ? "en" : "ar";
    const q = hostileValue(next);
    const extra = hostileExtra(next);
    return index % 2 === 0
      ? `/${locale}/search?q=${q}${extra}`
      : `/api/search/suggest?locale=${next() < 0.05 ? "xx" : locale}&q=${q}${extra}`;
  });
}
