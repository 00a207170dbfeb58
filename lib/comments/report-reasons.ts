import type { CommentReportReason } from "@/lib/generated/prisma/enums";

/** Why a reader may report a comment, in the order the form offers them. */
export const REPORT_REASONS = [
  "SPAM",
  "ABUSE",
  "OFF_TOPIC",
  "OTHER",
] as const satisfies readonly CommentReportReason[];
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The reason a report form sent; a missing or unknown one counts as "other", so no report is lost. */
export function reportReasonOf(value: unknown): ReportReason {
  return REPORT_REASONS.find((reason) => reason === value) ?? "OTHER";
}
