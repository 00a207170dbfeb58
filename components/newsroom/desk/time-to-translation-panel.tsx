import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import {
  TTT_WINDOWS,
  type LagFigures,
  type LatestTranslation,
  type TimeToTranslationRow,
} from "@/lib/translation-desk/time-to-translation";
import { LatestTranslationsTable } from "@/components/newsroom/desk/latest-translations-table";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { waitFormatter } from "@/components/newsroom/desk/wait-duration";

/** The headline figure per language, then every language, section and period as a table. */
export async function TimeToTranslationPanel({
  locale,
  rows,
  latest,
}: {
  locale: Locale;
  rows: TimeToTranslationRow[];
  /** Per target language, its latest translations. */
  latest: { target: Locale; rows: LatestTranslation[] }[];
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const wait = await waitFormatter(locale);
  const figure = (seconds: number | null) =>
    seconds === null ? t("desk.noFigure") : <bdi>{wait(seconds)}</bdi>;
  const figures = (lag: LagFigures) => [
    <td key="count">{readerFormat.number(lag.count, locale)}</td>,
    <td key="median">{figure(lag.medianSeconds)}</td>,
    <td key="p90">{figure(lag.p90Seconds)}</td>,
  ];
  const overall = rows.filter((row) => row.sectionId === null && !row.live);
  const rowKey = (row: TimeToTranslationRow) => (row.live ? "live" : (row.sectionId ?? "all"));
  return (
    <section aria-labelledby="ttt-title" className="desk-panel">
      <h2 id="ttt-title">{t("desk.tttTitle")}</h2>
      <p>{t("desk.tttIntro")}</p>
      <ul className="ttt-headlines">
        {overall.map((row) => {
          const week = row.first[7];
          const language = t(`locales.${row.locale}`);
          return (
            <li key={row.locale} data-locale={row.locale}>
              {week.medianSeconds === null || week.p90Seconds === null
                ? t("desk.headlineNone", { language })
                : t("desk.headline", {
                    language,
                    median: wait(week.medianSeconds),
                    p90: wait(week.p90Seconds),
                  })}
            </li>
          );
        })}
      </ul>
      {/* Focusable, so that keyboard readers can scroll it too. */}
      <div className="table-scroll" role="region" aria-label={t("desk.tableCaption")} tabIndex={0}>
        <NewsroomTable
          className="ttt-table"
          caption={t("desk.tableCaption")}
          columns={[
            t("desk.columns.language"),
            t("desk.columns.section"),
            t("desk.columns.period"),
            t("desk.columns.translated"),
            t("desk.columns.median"),
            t("desk.columns.p90"),
            t("desk.columns.caughtUp"),
            t("desk.columns.catchUpMedian"),
            t("desk.columns.catchUpP90"),
          ]}
        >
          {rows.flatMap((row) =>
            TTT_WINDOWS.map((days) => (
              <tr
                key={`${row.locale}-${rowKey(row)}-${days}`}
                data-locale={row.locale}
                data-section={rowKey(row)}
                data-days={days}
              >
                <td>{t(`locales.${row.locale}`)}</td>
                <th scope="row">
                  {row.live ? t("desk.liveEntries") : (row.section ?? t("desk.allSections"))}
                </th>
                <td>{t("desk.period", { days })}</td>
                {figures(row.first[days])}
                {figures(row.catchUp[days])}
              </tr>
            )),
          )}
        </NewsroomTable>
      </div>
      {latest.map((each) => (
        <LatestTranslationsTable key={each.target} locale={locale} target={each.target} rows={each.rows} />
      ))}
    </section>
  );
}
