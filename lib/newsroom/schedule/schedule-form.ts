import { hasLocale, type Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { instantToZonedFields } from "@/lib/format/zoned-time";

export const SCHEDULE_PROBLEMS = [
  "schedulePast",
  "scheduleTooFar",
  "scheduleInvalid",
  "scheduleNothingToPublish",
  "scheduleNotPublished",
] as const;
export type ScheduleProblem = (typeof SCHEDULE_PROBLEMS)[number];

/** What a refused schedule form had typed, read back from the redirect. */
export interface EnteredSchedule {
  locale: Locale;
  step: "publish" | "unpublish";
  date: string;
  time: string;
}

type Query = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/**
 * A refused schedule form comes back through its redirect's query: the
 * reason, and what was typed, so the form shows both (bounded as the form's
 * own fields are).
 */
export function scheduleFormOutcome(
  query: Query,
  timeZone: string,
  now = Date.now(),
): {
  problem: ScheduleProblem | null;
  typed: EnteredSchedule | null;
  suggested: { date: string; time: string };
} {
  // A new form suggests the next whole hour, as the newsroom's clock shows it.
  const suggested = instantToZonedFields(new Date(Math.ceil(now / 3_600_000) * 3_600_000), timeZone);
  const problem = SCHEDULE_PROBLEMS.find((value) => value === query.problem) ?? null;
  const locale = one(query.locale);
  const step = one(query.step);
  if (!problem || !hasLocale(routing.locales, locale) || (step !== "publish" && step !== "unpublish")) {
    return { problem: null, typed: null, suggested };
  }
  return {
    suggested,
    problem,
    typed: { locale, step, date: one(query.date).slice(0, 10), time: one(query.time).slice(0, 5) },
  };
}
