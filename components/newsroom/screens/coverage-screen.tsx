import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { CoverageRow } from "@/lib/newsroom/lists/coverage";
import { VERSION_STATES } from "@/lib/newsroom/workflow/translation-state";
import { CoverageChart } from "@/components/newsroom/coverage-chart";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { TimeToTranslationPanel } from "@/components/newsroom/desk/time-to-translation-panel";
import { TranslationQueueTable } from "@/components/newsroom/desk/translation-queue-table";
import type { LatestTranslation, TimeToTranslationRow } from "@/lib/translation-desk/time-to-translation";
import type { TranslationQueue } from "@/lib/translation-desk/translation-queue";

/**
 * How bilingual the site is: how long readers of each language wait for a
 * translation, what waits now, and per section and language how many
 * stories are in each state (a chart and the same figures as a table).
 */
export async function CoverageScreen({
  locale,
  rows,
  timeToTranslation,
  latestTranslations,
  queues,
  now,
}: {
  locale: Locale;
  rows: CoverageRow[];
  timeToTranslation: TimeToTranslationRow[];
  latestTranslations: { target: Locale; rows: LatestTranslation[] }[];
  queues: TranslationQueue[];
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const stateLabels = Object.fromEntries(
    VERSION_STATES.map((state) => [state, t(`status.${state}`)]),
  ) as Record<(typeof VERSION_STATES)[number], string>;
  const rowLabel = (row: (typeof rows)[number]) => `${row.section} · ${t(`locales.${row.locale}`)}`;
  return (
    <>
      <h1>{t("coverage.title")}</h1>
      <TimeToTranslationPanel locale={locale} rows={timeToTranslation} latest={latestTranslations} />
      {queues.map((queue) => (
        <TranslationQueueTable key={queue.locale} locale={locale} queue={queue} now={now} />
      ))}
      <h2>{t("coverage.statesTitle")}</h2>
      <p>{t("coverage.intro")}</p>
      <CoverageChart
        rows={rows}
        dir={localeFacts(locale).dir}
        labels={{
          row: rowLabel,
          state: stateLabels,
          title: t("coverage.title"),
          number: (value) => readerFormat.number(value, locale),
        }}
      />
      <NewsroomTable
        className="coverage-table"
        caption={t("coverage.tableCaption")}
        columns={[
          t("stories.section"),
          t("stories.locale"),
          ...VERSION_STATES.map((state) => stateLabels[state]),
          t("coverage.total"),
        ]}
      >
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
      </NewsroomTable>
    </>
  );
}
