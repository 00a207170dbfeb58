// Synthetic bilingual stories for benchmarks and tests, made from the word
// lists beside this file: realistic lengths (a headline of 8–14 words, a
// summary of 18–35, a body of 5–12 paragraphs with the odd subheading and
// quote), a share of one-language stories, authors and topics from small
// pools. Deterministic for a given seed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StoryLine } from "@/lib/import/story-line";
import { slugify } from "@/lib/urls/slug";
import { sections } from "@/prisma/content/sections";
import { seededRandom as random } from "@/scripts/corpus/seeded-random";

type Locale = "en" | "ar";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The word lists the stories are drawn from (scripts/corpus/judged-stories.ts filters its own salad from them). */
export const words: Record<Locale, string[]> = {
  en: readFileSync(path.join(here, "words-en.txt"), "utf8").split("\n").filter(Boolean),
  ar: readFileSync(path.join(here, "words-ar.txt"), "utf8").split("\n").filter(Boolean),
};
const FIRST = {
  en: ["Rana", "Hadi", "Maya", "Ziad", "Nour", "Fadi", "Lina", "Sami"],
  ar: ["رنا", "هادي", "مايا", "زياد", "نور", "فادي", "لينا", "سامي"],
};
const LAST = {
  en: ["Khalil", "Aoun", "Saleh", "Frem", "Daher", "Matar"],
  ar: ["خليل", "عون", "صالح", "افرام", "ضاهر", "مطر"],
};
const AUTHORS = FIRST.en.length * LAST.en.length;
const TOPICS = 60;

export function* syntheticStories(opts: {
  count: number;
  seed?: number;
  /** Share of stories in their source language only (default 0.2). */
  oneLanguageShare?: number;
  /** The newest story's time; older ones follow every few minutes. */
  newest?: Date;
}): Generator<StoryLine> {
  const next = random(opts.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const phrase = (locale: Locale, min: number, max: number) =>
    Array.from({ length: int(min, max) }, () => pick(words[locale])).join(" ");
  const sentence = (locale: Locale, min: number, max: number) => {
    const text = phrase(locale, min, max);
    return locale === "en" ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : `${text}.`;
  };
  const body = (locale: Locale) =>
    Array.from({ length: int(5, 12) }, (_, index) => {
      const roll = next();
      if (index > 0 && roll < 0.12) return `## ${sentence(locale, 3, 6).slice(0, -1)}`;
      if (index > 0 && roll < 0.2) return `> ${sentence(locale, 10, 25)}`;
      return Array.from({ length: int(2, 5) }, () => sentence(locale, 10, 22)).join(" ");
    }).join("\n\n");
  const newest = (opts.newest ?? new Date()).getTime();
  for (let i = 0; i < opts.count; i++) {
    const sourceLocale: Locale = next() < 0.5 ? "en" : "ar";
    const locales: Locale[] =
      next() < (opts.oneLanguageShare ?? 0.2)
        ? [sourceLocale]
        : [sourceLocale, sourceLocale === "en" ? "ar" : "en"];
    const authorIds = [...new Set(Array.from({ length: int(1, 2) }, () => int(0, AUTHORS - 1)))];
    const topicIds = [...new Set(Array.from({ length: int(0, 3) }, () => int(0, TOPICS - 1)))];
    yield {
      key: `synthetic-${opts.seed ?? 1}-${i}`,
      section: pick(sections).key,
      sourceLocale,
      publishedAt: new Date(newest - i * int(3, 9) * 60_000).toISOString(),
      authors: authorIds.map((id) => ({
        key: `synthetic-author-${id}`,
        names: {
          en: `${FIRST.en[id % FIRST.en.length]} ${LAST.en[Math.floor(id / FIRST.en.length)]}`,
          ar: `${FIRST.ar[id % FIRST.ar.length]} ${LAST.ar[Math.floor(id / FIRST.ar.length)]}`,
        },
      })),
      topics: topicIds.map((id) => ({
        key: `synthetic-topic-${id}`,
        names: {
          en: `${words.en[id * 3]} ${words.en[id * 3 + 1]}`,
          ar: `${words.ar[id * 3]} ${words.ar[id * 3 + 1]}`,
        },
        slugs: { en: `topic-${id}-${slugify(words.en[id * 3]!)}`, ar: `موضوع-${id}` },
      })),
      translations: Object.fromEntries(
        locales.map((locale) => {
          const headline = sentence(locale, 8, 14).slice(0, -1);
          return [
            locale,
            {
              slug: `${slugify(headline)
                .slice(0, 60)
                .replace(/-[^-]*$/, "")}-${i}`,
              headline,
              dek: sentence(locale, 18, 35),
              body: body(locale),
            },
          ];
        }),
      ),
    };
  }
}
