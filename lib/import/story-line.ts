import { z } from "zod";
import { translationFieldsSchema, type TranslationFields } from "@/lib/newsroom/editor/translation-fields";
import { MAX_SCHEDULE_DAYS } from "@/lib/newsroom/schedule/schedule-rules";
import { parseTopicNames, type TopicNameInput } from "@/lib/topics/topic-names";

// One line of an import file (JSON Lines): a story with its translations,
// authors and topics, checked by the same rules as the newsroom's forms.

const KEY = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const localized = <T extends z.ZodType>(schema: T) =>
  z.object({ en: schema.optional(), ar: schema.optional() });
const name = z.string().trim().min(1).max(100);

const translationLine = z.object({
  slug: z.string(),
  headline: z.string(),
  dek: z.string(),
  body: z.string(),
  imageAlt: z.string().optional(),
  imageCaption: z.string().optional(),
  status: z.enum(["PUBLISHED", "DRAFT"]).default("PUBLISHED"),
});

export const storyLineSchema = z
  .object({
    key: z.string().regex(KEY),
    section: z.string().regex(KEY),
    sourceLocale: z.enum(["en", "ar"]),
    publishedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    image: z
      .object({
        src: z
          .string()
          .regex(/^\/(images\/[\w./-]+|media\/[0-9a-f]{64})$/)
          .refine((src) => !src.split("/").includes(".."), "no .. in a path"),
        width: z.number().int().min(1).max(12_000),
        height: z.number().int().min(1).max(12_000),
      })
      .optional(),
    authors: z
      .array(
        z.object({
          key: z.string().regex(KEY),
          names: localized(name),
          bios: localized(z.string().trim().max(500)).optional(),
        }),
      )
      .max(5)
      .default([]),
    topics: z
      .array(
        z.object({
          key: z.string().regex(KEY),
          names: localized(name),
          slugs: localized(z.string()).optional(),
        }),
      )
      .max(10)
      .default([]),
    translations: localized(translationLine),
  })
  .refine((story) => story.translations[story.sourceLocale], {
    message: "the source language has no translation",
    path: ["translations"],
  });

export type StoryLine = z.input<typeof storyLineSchema>;
type ParsedLine = z.output<typeof storyLineSchema>;

export interface ImportTranslation extends TranslationFields {
  locale: "en" | "ar";
  status: "PUBLISHED" | "DRAFT";
  /** A published version dated ahead: stored as a draft, published at this time by the scheduler. */
  publishAt?: string;
}

export interface ImportStory extends Omit<ParsedLine, "translations" | "topics"> {
  translations: ImportTranslation[];
  topics: { key: string; names: TopicNameInput }[];
}

function describe(issue: z.core.$ZodIssue): string {
  return `${issue.path.join(".") || "line"}: ${issue.message}`;
}

/** A line as a story ready to store, or why it cannot be imported. */
export function parseStoryLine(
  text: string,
  now = Date.now(),
): { ok: true; story: ImportStory } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not valid JSON" };
  }
  const parsed = storyLineSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: parsed.error.issues.slice(0, 3).map(describe).join("; ") };
  // Dated ahead, as the newsroom's schedule: published at that time, and
  // not further ahead than the newsroom allows.
  const ahead = Date.parse(parsed.data.publishedAt) - now;
  if (ahead > MAX_SCHEDULE_DAYS * 86_400_000) {
    return { ok: false, problem: `publishedAt: more than ${MAX_SCHEDULE_DAYS} days ahead` };
  }
  const translations: ImportTranslation[] = [];
  for (const locale of ["en", "ar"] as const) {
    const line = parsed.data.translations[locale];
    if (!line) continue;
    const fields = translationFieldsSchema.safeParse({
      ...line,
      leadImageAlt: line.imageAlt ?? "",
      leadImageCaption: line.imageCaption ?? "",
    });
    if (!fields.success)
      return { ok: false, problem: `translations.${locale}: ${describe(fields.error.issues[0]!)}` };
    translations.push(
      ahead > 0 && line.status === "PUBLISHED"
        ? { ...fields.data, locale, status: "DRAFT", publishAt: parsed.data.publishedAt }
        : { ...fields.data, locale, status: line.status },
    );
  }
  const topics: ImportStory["topics"] = [];
  for (const topic of parsed.data.topics) {
    const names = parseTopicNames({
      en: topic.names.en ? { name: topic.names.en, slug: topic.slugs?.en ?? "" } : undefined,
      ar: topic.names.ar ? { name: topic.names.ar, slug: topic.slugs?.ar ?? "" } : undefined,
    });
    if (!names.ok) return { ok: false, problem: `topic ${topic.key}: ${JSON.stringify(names.errors)}` };
    topics.push({ key: topic.key, names: names.names });
  }
  return { ok: true, story: { ...parsed.data, translations, topics } };
}
