import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { moderationQueue } from "@/lib/comments/moderation";
import { moderationMode } from "@/lib/comments/settings";
import { readerFormat } from "@/lib/format/reader-format";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { can } from "@/lib/newsroom/permissions";
import { resolveLocale } from "@/lib/request-locale";
import { moderateAction, moderationModeAction } from "@/actions/newsroom/comment-moderation-actions";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["approve", "hide", "delete", "mode"] as const;

export default async function ModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "comments.moderate" }, newsroomPaths.comments(locale));
  const [queue, mode, user] = await Promise.all([moderationQueue(), moderationMode(), currentUser()]);
  const t = await getTranslations({ locale, namespace: "Newsroom.moderation" });
  const query = await searchParams;
  const done = DONE.find((value) => value === query.done) ?? null;
  return (
    <>
      <h1>{t("title")}</h1>
      <OutcomeNotice
        done={done && t(`done.${done}`)}
        problem={typeof query.problem === "string" ? t("problem") : null}
      />
      <p>{t(mode === "pre" ? "modePre" : "modePost")}</p>
      {can(user, { type: "settings.manage" }) ? (
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
                <time dateTime={item.postedAt} dir="auto">
                  {readerFormat.dateTime(new Date(item.postedAt), locale)}
                </time>{" "}
                ·{" "}
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
