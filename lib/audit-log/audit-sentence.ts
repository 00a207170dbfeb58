import type { Locale } from "next-intl";
import type { AuditRow } from "@/lib/audit-log/audit-query";
import { isolate } from "@/lib/format/isolate";

export type SentenceArgs = Record<string, string | number>;

// A moment written into details as an ISO string (a schedule's minute, a lock's start).
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `{a: {b: 1}, c: ["x", "y"]}` → `{a_b: 1, c: "x, y"}`: ICU arguments are flat. */
function flatten(value: unknown, prefix: string, into: SentenceArgs): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number") into[prefix] = value;
  else if (typeof value === "string" || typeof value === "boolean") into[prefix] = String(value);
  else if (Array.isArray(value)) into[prefix] = value.map(String).join(", ");
  else if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}_${key}` : key, into);
  }
}

/**
 * The arguments every audit sentence may use: `actor` and `actorGender`
 * (the members a sentence names agree with them: «نشرت لينا», «نشر كريم»;
 * so do `fromName`/`fromGender` and `toName`/`toGender`), `story`, `language`,
 * `target` (what the subject names after its kind: an email, a topic id),
 * and each field of the entry's details, flattened with underscores. A
 * per-language field (`en_name`, `ar_name`) is also given without its
 * prefix, in the viewer's language when there is one. Text that people
 * wrote is isolated unless `plain` (the CSV export).
 */
export function auditSentenceArgs(
  row: AuditRow,
  uiLocale: Locale,
  words: { system: string; language: (locale: Locale) => string; moment?: (date: Date) => string },
  { plain = false } = {},
): SentenceArgs {
  const text = (value: string) => (plain ? value : isolate(value));
  const details: SentenceArgs = {};
  flatten(row.details, "", details);
  for (const [key, value] of Object.entries(details)) {
    const localized = /^(en|ar)_(\w+)$/.exec(key);
    if (!localized) continue;
    const bare = localized[2]!;
    if (!(bare in details) || localized[1] === uiLocale) details[bare] = value;
  }
  // A moment kept as an ISO string (a schedule's minute, a lock's start)
  // reads as the site shows every date: newsroom time zone, Levantine months in Arabic.
  for (const [key, value] of Object.entries(details)) {
    if (words.moment && typeof value === "string" && ISO_MOMENT.test(value)) {
      details[key] = words.moment(new Date(value));
    }
  }
  // A bare word is a code that a `select` matches (PUBLISHED, true, pre), so
  // it stays as it is; a single word needs no isolation anyway.
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === "string" && !/^[A-Za-z_]+$/.test(value)) details[key] = text(value);
  }
  return {
    fromGender: "other",
    toGender: "other",
    ...details,
    actor: row.actorName === null ? words.system : text(row.actorName),
    actorGender: row.actorGender,
    story: row.storyTitle === null ? "" : text(row.storyTitle),
    language: row.locale ? words.language(row.locale) : "",
    target: text(/^\w+:([^\s/]+)/.exec(row.subject)?.[1] ?? row.subject),
  };
}
