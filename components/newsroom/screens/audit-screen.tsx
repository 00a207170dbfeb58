import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { AuditRow } from "@/lib/audit";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { ReaderTime } from "@/components/reader-time";

interface Props {
  locale: AppLocale;
  rows: AuditRow[];
  page: number;
  pageCount: number;
}

/** The audit log, newest first, a page at a time. */
export async function AuditScreen({ locale, rows, page, pageCount }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.audit" });
  return (
    <>
      <h1>{t("title")}</h1>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <NewsroomTable columns={[t("when"), t("who"), t("action"), t("subject"), t("details")]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <ReaderTime iso={row.at} locale={locale} />
              </td>
              <td>
                <bdi>{row.actor ?? t("system")}</bdi>
              </td>
              <td>
                <code>{row.action}</code>
              </td>
              <td>
                <bdi>{row.subject}</bdi>
              </td>
              <td>
                <code dir="ltr">{row.details}</code>
              </td>
            </tr>
          ))}
        </NewsroomTable>
      )}
      <nav className="pager">
        {page > 1 ? <a href={`${newsroomPaths.audit(locale)}?page=${page - 1}`}>{t("newer")}</a> : null}
        {page < pageCount ? (
          <a href={`${newsroomPaths.audit(locale)}?page=${page + 1}`}>{t("older")}</a>
        ) : null}
      </nav>
    </>
  );
}
