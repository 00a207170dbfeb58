import { stories } from "@/prisma/content/stories/index";
import type { SeedStory } from "@/prisma/content/types";

// The e2e server starts on a freshly seeded database, so the demo content
// tells the tests which stories exist in which languages.
function pick(predicate: (story: SeedStory) => boolean, what: string): SeedStory {
  const found = stories.find(predicate);
  if (!found) throw new Error(`The demo content has no ${what}`);
  return found;
}

export const bilingualStory = pick((s) => Boolean(s.translations.en && s.translations.ar), "bilingual story");
export const englishOnlyStory = pick(
  (s) => Boolean(s.translations.en && !s.translations.ar),
  "English-only story",
);
// Not "university-strike": keyboard-journey.spec gives that one an English version.
export const arabicOnlyStory = pick(
  (s) => Boolean(s.translations.ar && !s.translations.en) && s.key !== "university-strike",
  "Arabic-only story",
);
export const longestStory = [...stories].sort(
  (a, b) => (b.translations.ar?.body.length ?? 0) - (a.translations.ar?.body.length ?? 0),
)[0]!;

/** A demo story by its key, for a spec that needs one no other spec changes. */
export function demoStory(key: string): SeedStory {
  return pick((s) => s.key === key, `story ${key}`);
}

export function storyUrl(story: SeedStory, locale: "en" | "ar"): string {
  const translation = story.translations[locale];
  if (!translation) throw new Error(`${story.key} has no ${locale} version`);
  return `/${locale}/story/${encodeURIComponent(translation.slug)}`;
}
