import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { auditQueryString, type AuditFilters } from "@/lib/audit-log/audit-filters";
import type { AuditRow } from "@/lib/audit-log/audit-query";
import { auditSentences } from "@/lib/audit-log/audit-words";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { AuditFiltersForm } from "@/components/newsroom/audit-filters-form";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { ReaderTime } from "@/components/reader-time";

interface Props {
  locale: Locale;
  rows: AuditRow[];
  filters: AuditFilters;
  actors: { id: string; name: string }[];
  page: number;
  pageCount: number;
  total: number;
}

/** Where an entry leads: its story, and the version's history (at the revision it made, when it made one). */
function entryLinks(locale: Locale, row: AuditRow) {
  if (row.storyId === null) return [];
  const links: { key: "openStory" | "openRevision" | "openHistory"; href: string }[] = [
    { key: "openStory", href: newsroomPaths.story(locale, row.storyId) },
  ];
  if (row.locale) {
    const history = newsroomPaths.history(locale, row.storyId, row.locale);
    const revision =
      row.details && typeof row.details === "object" && !Array.isArray(row.details)
        ? row.details.revision
        : null;
    links.push(
      typeof revision === "number"
        ? { key: "openRevision", href: `${history}?b=${revision}` }
        : { key: "openHistory", href: history },
    );
  }
  return links;
}

/** The audit log as sentences, newest first, filtered and a page at a time, with its CSV export. */
export async function AuditScreen({ locale, rows, filters, actors, page, pageCount, total }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.audit" });
  const pagination = await getTranslations({ locale, namespace: "Pagination" });
  const sentence = await auditSentences(locale);
  const base = newsroomPaths.audit(locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <AuditFiltersForm locale={locale} filters={filters} actors={actors} />
      <p className="audit-summary">
        <span>{t("total", { total })}</span>{" "}
        <a href={`${base}/export${auditQueryString(filters)}`} download>
          {t("export")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <NewsroomTable className="audit-log" columns={[t("when"), t("what"), t("links")]}>
          {rows.map((row) => (
            <tr key={row.id} data-action={row.code} data-entry-id={row.id}>
              <td>
                <ReaderTime iso={row.at} locale={locale} />
              </td>
              <td className="audit-log__sentence">{sentence(row)}</td>
              <td className="audit-log__links">
                {entryLinks(locale, row).map((link) => (
                  <a key={link.key} href={link.href}>
                    {t(link.key)}
                  </a>
                ))}
                {row.storyId !== null && filters.storyId !== row.storyId ? (
                  <a href={`${base}${auditQueryString({ ...filters, storyId: row.storyId })}`}>
                    {t("onlyStory")}
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </NewsroomTable>
      )}
      {pageCount > 1 ? (
        <nav className="pager" aria-label={t("title")}>
          {page > 1 ? <a href={`${base}${auditQueryString(filters, page - 1)}`}>{t("newer")}</a> : null}
          <span>{pagination("status", { page, count: pageCount })}</span>
          {page < pageCount ? (
            <a href={`${base}${auditQueryString(filters, page + 1)}`}>{t("older")}</a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
