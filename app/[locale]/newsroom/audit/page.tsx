import { getTranslations } from "next-intl/server";
import { listAudit } from "@/lib/audit";
import { readerFormat } from "@/lib/format/reader-format";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { pageFromParam } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "audit.read" }, newsroomPaths.audit(locale));
  const pageParam = (await searchParams).page;
  const page = typeof pageParam === "string" ? (pageFromParam(pageParam) ?? 1) : 1;
  const { rows, pageCount } = await listAudit(page);
  const t = await getTranslations({ locale, namespace: "Newsroom.audit" });
  return (
    <>
      <h1>{t("title")}</h1>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="newsroom-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("subject")}</th>
              <th scope="col">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <time dateTime={row.at} dir="auto">
                    {readerFormat.dateTime(new Date(row.at), locale)}
                  </time>
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
          </tbody>
        </table>
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
