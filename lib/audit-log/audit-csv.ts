import "server-only";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { AuditFilters } from "@/lib/audit-log/audit-filters";
import { auditBatches, type AuditRow } from "@/lib/audit-log/audit-query";
import { auditSentences } from "@/lib/audit-log/audit-words";

/**
 * One CSV field: always quoted, quotes doubled. A field a spreadsheet would
 * run as a formula (= + - @, or a tab or return first) gets a leading
 * apostrophe, since subjects and details carry text people typed.
 */
export function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const csvLine = (fields: (string | number | null)[]) => `${fields.map(csvField).join(",")}\r\n`;

const COLUMNS = [
  "id",
  "at",
  "actorName",
  "actorEmail",
  "action",
  "sentence",
  "subject",
  "storyId",
  "details",
] as const;

/** The entries the filters match as CSV (UTF-8 with a byte-order mark, for spreadsheets), streamed in batches. */
export async function auditCsvStream(
  filters: AuditFilters,
  uiLocale: Locale,
): Promise<ReadableStream<Uint8Array>> {
  const t = await getTranslations({ locale: uiLocale, namespace: "Newsroom.audit.csv" });
  const sentence = await auditSentences(uiLocale, { plain: true });
  const encoder = new TextEncoder();
  const batches = auditBatches(filters, uiLocale);
  const line = (row: AuditRow) =>
    csvLine([
      row.id,
      row.at,
      row.actorName,
      row.actorEmail,
      row.code,
      sentence(row),
      row.subject,
      row.storyId,
      row.details === null ? null : JSON.stringify(row.details),
    ]);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(COLUMNS.map((column) => t(column)))}`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(line).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
