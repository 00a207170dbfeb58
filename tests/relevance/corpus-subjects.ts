import type { Locale } from "next-intl";
import { z } from "zod";
import type { StoryLine } from "@/lib/import/story-line";
import { readJudgedKey } from "@/scripts/corpus/judged-stories";
import subjectsAr from "@/tests/relevance/corpus-subjects-ar.json";
import subjectsEn from "@/tests/relevance/corpus-subjects-en.json";
import { QUERY_KINDS, type JudgedQuery } from "@/tests/relevance/relevance-set";

// The subject banks of the generated relevance corpus (issue 24): invented
// Lebanese and regional news subjects, none from the demo stories, each with
// hand-written headlines, deks, body sentences, sentences that mention it in
// passing, and the queries a reader would type for it (written by hand, never
// from the stemmer's affix list nor by running it). scripts/corpus/judged-stories.ts
// builds the stories; a query's relevant stories are its subject's "about"
// stories, known from their keys.

const sentence = z.string().trim().min(10).max(400);
const subjectId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const subject = z.object({
  /** Kebab-case, the same subject in both banks when both tell it. */
  id: subjectId,
  headlines: z.array(sentence).min(3),
  deks: z.array(sentence).min(2),
  body: z.array(sentence).min(3),
  /** Sentences of other stories that name the subject once. */
  mentions: z.array(sentence).min(1).max(2),
  queries: z
    .array(
      z.object({
        query: z.string().trim().min(2).max(80),
        kind: z.enum(QUERY_KINDS),
        /**
         * Other subjects whose stories a reader typing it wants too, judged by
         * hand: a word two subjects share («حرائق» for three fires).
         */
        also: z.array(subjectId).min(1).optional(),
      }),
    )
    .min(3)
    .max(4),
});
export type CorpusSubjectEntry = z.infer<typeof subject>;

const bank = z
  .array(subject)
  .refine((items) => new Set(items.map((each) => each.id)).size === items.length, {
    message: "subject ids must be unique",
  })
  .refine(
    (items) => {
      const ids = new Set(items.map((each) => each.id));
      return items.every((each) =>
        each.queries.every((query) => (query.also ?? []).every((id) => ids.has(id))),
      );
    },
    { message: "a query's other subjects must be in the bank" },
  );

export const corpusSubjects: Record<Locale, CorpusSubjectEntry[]> = {
  en: bank.parse(subjectsEn),
  ar: bank.parse(subjectsAr),
};

/**
 * The judged queries of a language over its generated stories (as the
 * loader keys them: `keyOf`): relevant, the "about" stories of the subject
 * and of the other subjects the query names in `also`; `mentions`, the
 * stories that only name the subject.
 */
export function judgedCorpusQueries(
  locale: Locale,
  lines: StoryLine[],
  keyOf: (line: StoryLine) => string = (line) => line.key,
): (JudgedQuery & { mentions: string[] })[] {
  const roles = new Map<string, { about: string[]; mention: string[] }>();
  for (const line of lines) {
    const judged = readJudgedKey(line.key);
    if (!judged) continue;
    const entry = roles.get(judged.subject) ?? { about: [], mention: [] };
    entry[judged.role].push(keyOf(line));
    roles.set(judged.subject, entry);
  }
  return corpusSubjects[locale].flatMap((each) =>
    each.queries.map(({ query, kind, also = [] }) => ({
      query,
      kind,
      relevant: [each.id, ...also].flatMap((id) => roles.get(id)?.about ?? []),
      mentions: roles.get(each.id)?.mention ?? [],
    })),
  );
}
