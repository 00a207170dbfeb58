import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { COMMENTS_PER_PAGE, type CommentPage } from "@/lib/comments/comment-list";
import { REPORT_REASONS } from "@/lib/comments/report-reasons";
import { readerFormat } from "@/lib/format/reader-format";
import { storyPath } from "@/lib/paths";
import { ThumbIcon } from "@/components/comments/thumb-icon";

interface Props {
  data: CommentPage;
  locale: AppLocale;
  storyId: number;
  slug: string;
}

/**
 * Each comment: name, date and time, text, thumbs up and down with counts.
 * Reader text is isolated (<bdi>, dir="auto") so an Arabic comment on an
 * English page, or the reverse, reads correctly and stays in its box. The
 * list is cached for every reader; how this reader voted comes from the
 * per-reader stylesheet it links (app/api/comments/my-votes), which shows the
 * hidden "You voted up" line under the comments they voted on.
 */
export async function CommentList({ data, locale, storyId, slug }: Props) {
  const t = await getTranslations({ locale, namespace: "Comments" });
  const hidden = (
    <>
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );
  const base = storyPath(locale, slug);
  return (
    <>
      <ol className="comment-list" start={(data.page - 1) * COMMENTS_PER_PAGE + 1}>
        {data.comments.map((comment) => (
          <li key={comment.id} id={`comment-${comment.id}`} className="comment">
            <p className="comment__meta">
              <bdi className="comment__name">{comment.name}</bdi>{" "}
              <time dateTime={comment.postedAt} dir="auto">
                {readerFormat.dateTime(new Date(comment.postedAt), locale)}
              </time>
            </p>
            <p className="comment__body" dir="auto">
              {comment.body}
            </p>
            <div className="comment__actions">
              {(
                [
                  ["up", comment.up, t("up", { count: comment.up })],
                  ["down", comment.down, t("down", { count: comment.down })],
                ] as const
              ).map(([choice, count, label]) => (
                <form key={choice} method="post" action="/api/comments/vote">
                  {hidden}
                  <input type="hidden" name="commentId" value={comment.id} />
                  <input type="hidden" name="choice" value={choice} />
                  <button type="submit" className={`vote vote--${choice}`} aria-label={label}>
                    <ThumbIcon pointing={choice} />{" "}
                    <bdi className="vote__count">{readerFormat.number(count, locale)}</bdi>
                  </button>
                </form>
              ))}
              <form method="post" action="/api/comments/vote">
                {hidden}
                <input type="hidden" name="commentId" value={comment.id} />
                <input type="hidden" name="choice" value="none" />
                <button type="submit" className="link-button">
                  {t("withdraw")}
                </button>
              </form>
              <details className="comment__report">
                <summary className="link-button">{t("report")}</summary>
                <form method="post" action="/api/comments/report">
                  {hidden}
                  <input type="hidden" name="commentId" value={comment.id} />
                  <fieldset>
                    <legend>{t("reportLegend")}</legend>
                    {REPORT_REASONS.map((reason) => (
                      <label key={reason}>
                        <input type="radio" name="reason" value={reason} required /> {t(`reasons.${reason}`)}
                      </label>
                    ))}
                  </fieldset>
                  <button type="submit" className="link-button">
                    {t("sendReport")}
                  </button>
                </form>
              </details>
            </div>
            <p className="comment__my-vote comment__my-vote--up">{t("votedUp")}</p>
            <p className="comment__my-vote comment__my-vote--down">{t("votedDown")}</p>
          </li>
        ))}
      </ol>
      {data.comments.length > 0 ? (
        // Precedence-less, so React leaves it here, after the comments it styles, rather
        // than hoisting it into the head where it would hold up the first paint.
        <link rel="stylesheet" href={`/api/comments/my-votes?story=${storyId}&locale=${locale}`} />
      ) : null}
      {data.pageCount > 1 ? (
        <nav className="pager" aria-label={t("heading")}>
          {data.page > 1 ? (
            <a href={data.page === 2 ? `${base}#comments` : `${base}/comments/${data.page - 1}`}>
              {t("previous")}
            </a>
          ) : null}
          {data.page < data.pageCount ? <a href={`${base}/comments/${data.page + 1}`}>{t("more")}</a> : null}
        </nav>
      ) : null}
    </>
  );
}
