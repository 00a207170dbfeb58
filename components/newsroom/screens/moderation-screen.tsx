import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { QueueItem } from "@/lib/comments/moderation";
import type { ModerationMode } from "@/lib/comments/settings";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { moderateAction, moderationModeAction } from "@/actions/newsroom/comment-moderation-actions";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { ReaderTime } from "@/components/reader-time";

export const MODERATION_DONE = ["approve", "hide", "delete", "mode"] as const;

interface Props {
  locale: AppLocale;
  queue: QueueItem[];
  mode: ModerationMode;
  /** Whether this member may switch between post- and pre-moderation. */
  mayChangeMode: boolean;
  done: (typeof MODERATION_DONE)[number] | null;
  problem: boolean;
}

/** Pending and reported comments with their moderation steps, and the site's moderation mode. */
export async function ModerationScreen({ locale, queue, mode, mayChangeMode, done, problem }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.moderation" });
  return (
    <>
      <h1>{t("title")}</h1>
      <OutcomeNotice done={done && t(`done.${done}`)} problem={problem ? t("problem") : null} />
      <p>{t(mode === "pre" ? "modePre" : "modePost")}</p>
      {mayChangeMode ? (
        <form action={moderationModeAction} className="row-actions">
          <input type="hidden" name="uiLocale" value={locale} />
          <input type="hidden" name="mode" value={mode === "pre" ? "post" : "pre"} />
          <button type="submit">{t(mode === "pre" ? "switchToPost" : "switchToPre")}</button>
        </form>
      ) : null}
      <h2>{t("queue")}</h2>
      {queue.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="moderation-queue">
          {queue.map((item) => (
            <li key={item.id} className="comment" data-comment-id={item.id} data-status={item.status}>
              <p className="comment__meta">
                <bdi className="comment__name">{item.name}</bdi>{" "}
                <ReaderTime iso={item.postedAt} locale={locale} /> ·{" "}
                <a href={newsroomPaths.story(locale, item.storyId)} lang={item.locale} dir="auto">
                  {item.headline}
                </a>{" "}
                · {item.status === "PENDING" ? t("pending") : t("reports", { count: item.reports })}
              </p>
              <p className="comment__body" dir="auto">
                {item.body}
              </p>
              <div className="row-actions">
                {(["approve", "hide", "delete"] as const).map((step) => (
                  <form key={step} action={moderateAction}>
                    <input type="hidden" name="uiLocale" value={locale} />
                    <input type="hidden" name="commentId" value={item.id} />
                    <input type="hidden" name="step" value={step} />
                    <button type="submit">{t(`steps.${step}`)}</button>
                  </form>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
