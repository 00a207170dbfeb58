import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale-facts";
import { loadCoverage } from "@/lib/newsroom/coverage";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { VERSION_STATES } from "@/lib/newsroom/translation-state";
import { resolveLocale } from "@/lib/request-locale";
import { CoverageChart } from "@/components/newsroom/coverage-chart";

type Props = { params: Promise<{ locale: string }> };

export default async function CoveragePage({ params }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "coverage.read" }, newsroomPaths.coverage(locale));
  const rows = await loadCoverage(locale);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const stateLabels = Object.fromEntries(
    VERSION_STATES.map((state) => [state, t(`status.${state}`)]),
  ) as Record<(typeof VERSION_STATES)[number], string>;
  const rowLabel = (row: (typeof rows)[number]) => `${row.section} · ${t(`locales.${row.locale}`)}`;
  return (
    <>
      <h1>{t("coverage.title")}</h1>
      <p>{t("coverage.intro")}</p>
      <CoverageChart
        rows={rows}
        dir={localeFacts(locale).dir}
        labels={{ row: rowLabel, state: stateLabels, title: t("coverage.title") }}
      />
      <table className="newsroom-table coverage-table">
        <caption>{t("coverage.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("stories.section")}</th>
            <th scope="col">{t("stories.locale")}</th>
            {VERSION_STATES.map((state) => (
              <th scope="col" key={state}>
                {stateLabels[state]}
              </th>
            ))}
            <th scope="col">{t("coverage.total")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.sectionId}-${row.locale}`} data-section={row.sectionId} data-locale={row.locale}>
              <th scope="row">{row.section}</th>
              <td>{t(`locales.${row.locale}`)}</td>
              {VERSION_STATES.map((state) => (
                <td key={state} data-state={state}>
                  {readerFormat.number(row.counts[state], locale)}
                </td>
              ))}
              <td>{readerFormat.number(row.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
