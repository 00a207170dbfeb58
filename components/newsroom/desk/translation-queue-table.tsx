import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { TranslationQueue } from "@/lib/translation-desk/translation-queue";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { QueueSubject } from "@/components/newsroom/desk/queue-subject";
import { waitFormatter } from "@/components/newsroom/desk/wait-duration";

/** One language's waiting stories, longest wait first, each with how long it has waited. */
export async function TranslationQueueTable({
  locale,
  queue,
  now,
}: {
  locale: Locale;
  queue: TranslationQueue;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const wait = await waitFormatter(locale);
  const language = t(`locales.${queue.locale}`);
  const titleId = `queue-${queue.locale}`;
  return (
    <section aria-labelledby={titleId} className="desk-panel" data-queue={queue.locale}>
      <h2 id={titleId}>{t("desk.queueTitle", { language })}</h2>
      <p role="status">{t("desk.queueCount", { count: queue.total })}</p>
      {queue.entries.length === 0 ? null : (
        <>
          {queue.total > queue.entries.length ? (
            <p>{t("desk.queueShown", { shown: queue.entries.length })}</p>
          ) : null}
          <NewsroomTable
            className="queue-table"
            caption={t("desk.queueCaption", { language })}
            columns={[
              t("desk.queueColumns.story"),
              t("desk.queueColumns.section"),
              t("desk.queueColumns.state"),
              t("desk.queueColumns.waiting"),
            ]}
          >
            {queue.entries.map((entry) => (
              <tr
                key={`${entry.live ? "live" : "story"}-${entry.storyId}`}
                data-story-id={entry.storyId}
                data-state={entry.live ? "live" : entry.state}
              >
                <td>
                  <QueueSubject locale={locale} target={queue.locale} entry={entry} storyLink="story" />
                </td>
                <td>{entry.section}</td>
                <td>
                  {entry.live
                    ? t("desk.liveWaiting", { count: entry.live.waiting })
                    : t(`status.${entry.state}`)}
                </td>
                <td>
                  <bdi>{wait((now.getTime() - entry.waitingSince.getTime()) / 1000)}</bdi>
                </td>
              </tr>
            ))}
          </NewsroomTable>
        </>
      )}
    </section>
  );
}
