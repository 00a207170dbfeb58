import "server-only";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { auditMessageKey } from "@/lib/audit-log/record-audit";
import type { AuditRow } from "@/lib/audit-log/audit-query";
import { auditSentenceArgs } from "@/lib/audit-log/audit-sentence";
import { readerFormat } from "@/lib/format/reader-format";

/**
 * Turns log entries into sentences in the viewer's language, one message
 * per code (`Audit.sentences.<code>`). An entry whose code is no longer
 * known reads as its raw code and details, never as a missing message.
 */
export async function auditSentences(uiLocale: Locale, { plain = false } = {}) {
  const audit = await getTranslations({ locale: uiLocale, namespace: "Audit" });
  const newsroom = await getTranslations({ locale: uiLocale, namespace: "Newsroom" });
  const words = {
    system: newsroom("audit.system"),
    language: (locale: Locale) => newsroom(`locales.${locale}`),
    moment: (date: Date) => readerFormat.dateTime(date, uiLocale),
  };
  return (row: AuditRow): string => {
    if (!row.action) return `${newsroom("audit.unknown")}: ${row.code} ${JSON.stringify(row.details)}`;
    return audit(
      `sentences.${auditMessageKey(row.action)}`,
      auditSentenceArgs(row, uiLocale, words, { plain }),
    );
  };
}
