import { measureBody, type BodyMeasure } from "@/lib/markdown/measure-body";

/**
 * How much Markdown a story body may hold. The Markdown parser (micromark via
 * react-markdown) recurses once per nesting level and does work that grows
 * faster than the text for some shapes (nested quotes and lists, runs of
 * emphasis marks, setext headings), so a single body could freeze the only
 * Node process (99,990 `>` blocked it for 116 s, then overflowed the stack).
 * Each limit sits far above what a wire story uses (the longest demo story
 * has 4,400 characters, 54 lines, 5 subheadings, one level of quotes and
 * lists) and low enough that the worst body within all of them renders in
 * under about 100 ms of CPU (tests/unit/story-body.test.ts times it); the
 * parser's cost grows with the square of emphasis marks and list items.
 */
export const BODY_LIMITS = {
  length: 50_000,
  /** Quotes inside quotes, and lists inside lists, each. */
  depth: 3,
  links: 100,
  /** Characters that can open inline markup: * _ [ ] ` < and backslash (see measure-inline.ts). */
  formattingMarks: 1_000,
  headings: 100,
  listItems: 500,
  /** Blank lines included: a long feature has a few hundred. */
  lines: 1_000,
} as const;

export type BodyLimitCode =
  | "tooLong"
  | "bodyTooDeep"
  | "tooManyLinks"
  | "tooMuchFormatting"
  | "tooManyHeadings"
  | "tooManyListItems"
  | "tooManyLines";

export interface BodyLimitProblem {
  code: BodyLimitCode;
  max: number;
}

const CHECKS: [BodyLimitCode, (measure: BodyMeasure) => boolean, number][] = [
  ["tooLong", (m) => m.length > BODY_LIMITS.length, BODY_LIMITS.length],
  ["bodyTooDeep", (m) => Math.max(m.quoteDepth, m.listDepth) > BODY_LIMITS.depth, BODY_LIMITS.depth],
  ["tooManyLinks", (m) => m.links > BODY_LIMITS.links, BODY_LIMITS.links],
  ["tooMuchFormatting", (m) => m.formattingMarks > BODY_LIMITS.formattingMarks, BODY_LIMITS.formattingMarks],
  ["tooManyHeadings", (m) => m.headings > BODY_LIMITS.headings, BODY_LIMITS.headings],
  ["tooManyListItems", (m) => m.listItems > BODY_LIMITS.listItems, BODY_LIMITS.listItems],
  ["tooManyLines", (m) => m.lines > BODY_LIMITS.lines, BODY_LIMITS.lines],
];

/** Each limit's number, by the code that reports it: the messages quote it. */
export const BODY_LIMIT_MAX = Object.fromEntries(CHECKS.map(([code, , max]) => [code, max])) as Record<
  BodyLimitCode,
  number
>;

/** The first limit a body breaks, or null when it is safe to render as Markdown. */
export function bodyLimitProblem(body: string): BodyLimitProblem | null {
  // Measuring is linear, but a body far past the length limit need not be read at all.
  if (body.length > BODY_LIMITS.length) return { code: "tooLong", max: BODY_LIMITS.length };
  const measure = measureBody(body);
  const broken = CHECKS.find(([, breaks]) => breaks(measure));
  return broken ? { code: broken[0], max: broken[2] } : null;
}
