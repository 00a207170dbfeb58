import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import type { LatestTranslation } from "@/lib/translation-desk/time-to-translation";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { ReaderTime } from "@/components/reader-time";
import { waitFormatter } from "@/components/newsroom/desk/wait-duration";

/** The latest first publishes of translations into one language, each with its time to translation. */
export async function LatestTranslationsTable({
  locale,
  target,
  rows,
}: {
  locale: Locale;
  target: Locale;
  rows: LatestTranslation[];
}) {
  if (rows.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const wait = await waitFormatter(locale);
  const language = t(`locales.${target}`);
  return (
    <NewsroomTable
      className="latest-translations"
      caption={t("desk.latestCaption", { language })}
      columns={[
        t("desk.latestColumns.story"),
        t("desk.latestColumns.published"),
        t("desk.latestColumns.waited"),
      ]}
    >
      {rows.map((row) => (
        <tr key={row.storyId} data-story-id={row.storyId}>
          <td>
            <a href={newsroomPaths.story(locale, row.storyId)} lang={row.locale} dir="auto">
              {row.headline}
            </a>
          </td>
          <td>
            <ReaderTime iso={row.publishedAt.toISOString()} locale={locale} />
          </td>
          <td>
            <bdi>{wait(row.waitedSeconds)}</bdi>
          </td>
        </tr>
      ))}
    </NewsroomTable>
  );
}
