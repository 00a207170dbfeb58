import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ClaimHolder } from "@/lib/translation-desk/claims";
import type { TranslationQueue } from "@/lib/translation-desk/translation-queue";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { ClaimForms } from "@/components/newsroom/desk/claim-forms";
import { QueueSubject } from "@/components/newsroom/desk/queue-subject";
import { waitFormatter } from "@/components/newsroom/desk/wait-duration";

export const QUEUE_DONE = ["claim", "takeover", "release", "assign"] as const;
export const QUEUE_PROBLEMS = [
  "forbidden",
  "invalid",
  "not-found",
  "source-language",
  "claimed",
  "not-claimed",
  "member",
] as const;

export interface QueueForLanguage {
  queue: TranslationQueue;
  claims: Map<number, ClaimHolder>;
  /** Whom an editor may assign to; null for members who cannot assign. */
  members: { id: string; name: string }[] | null;
}

/**
 * What waits for translation in each language the member works in, longest
 * wait first, with who has claimed what; every step is a plain form.
 */
export async function QueueScreen({
  locale,
  userId,
  queues,
  now,
  claimHours,
  done,
  problem,
}: {
  locale: Locale;
  claimHours: number;
  userId: string;
  queues: QueueForLanguage[];
  now: Date;
  done: (typeof QUEUE_DONE)[number] | null;
  problem: (typeof QUEUE_PROBLEMS)[number] | null;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const wait = await waitFormatter(locale);
  return (
    <>
      <h1>{t("queue.title")}</h1>
      <p>{t("queue.intro", { hours: claimHours })}</p>
      <OutcomeNotice
        done={done && t(`queue.done.${done}`)}
        problem={problem && t(`queue.problem.${problem}`)}
      />
      {queues.map(({ queue, claims, members }) => {
        const language = t(`locales.${queue.locale}`);
        return (
          <section
            key={queue.locale}
            aria-labelledby={`queue-title-${queue.locale}`}
            data-queue={queue.locale}
          >
            <h2 id={`queue-title-${queue.locale}`}>{t("desk.queueTitle", { language })}</h2>
            <p role="status">{t("desk.queueCount", { count: queue.total })}</p>
            {queue.entries.length === 0 ? null : (
              <NewsroomTable
                className="queue-table"
                caption={t("desk.queueCaption", { language })}
                columns={[
                  t("desk.queueColumns.story"),
                  t("desk.queueColumns.state"),
                  t("desk.queueColumns.waiting"),
                  t("queue.claimColumn"),
                ]}
              >
                {queue.entries.map((entry) => {
                  // Entries are small and come fast: they are translated on the live desk, unclaimed.
                  const claim = entry.live ? null : (claims.get(entry.storyId) ?? null);
                  const rowKey = `${entry.live ? "live" : "story"}-${entry.storyId}`;
                  return (
                    <tr
                      key={rowKey}
                      id={`queue-${queue.locale}-${rowKey}`}
                      data-story-id={entry.storyId}
                      data-state={entry.live ? "live" : entry.state}
                      data-claimed-by={claim?.userId ?? ""}
                    >
                      <td>
                        <QueueSubject locale={locale} target={queue.locale} entry={entry} />
                        <br />
                        <span className="field-hint">{entry.section}</span>
                      </td>
                      <td>
                        {entry.live
                          ? t("desk.liveWaiting", { count: entry.live.waiting })
                          : t(`status.${entry.state}`)}
                      </td>
                      <td>
                        <bdi>{wait((now.getTime() - entry.waitingSince.getTime()) / 1000)}</bdi>
                      </td>
                      <td>
                        {entry.live ? null : (
                          <ClaimForms
                            locale={locale}
                            storyId={entry.storyId}
                            target={queue.locale}
                            claim={claim}
                            mine={claim?.userId === userId}
                            members={members}
                            claimedFor={claim ? wait((now.getTime() - claim.since.getTime()) / 1000) : null}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </NewsroomTable>
            )}
          </section>
        );
      })}
    </>
  );
}
