import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MODERATION_STEPS, type ModerationStep } from "@/lib/comments/moderation";
import type { CommentFilters } from "@/lib/comments/moderation-filters";
import type { ModeratedComment } from "@/lib/comments/moderation-list";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { moderateAction } from "@/lib/actions/newsroom/comment-moderation-actions";
import { FilterFields } from "@/components/newsroom/moderation-filters-form";
import { ReaderTime } from "@/components/reader-time";

export const BULK_FORM_ID = "bulk-moderation";

// The steps offered on a comment in each state (the command refuses the others).
const OFFERED: Record<ModeratedComment["status"], ModerationStep[]> = {
  PENDING: ["approve", "hide", "delete"],
  VISIBLE: ["hide", "delete"],
  HIDDEN: ["unhide", "delete"],
};

/** One comment in the moderation list: its checkbox for bulk steps, what readers reported, its own steps. */
export async function ModeratedCommentItem({
  locale,
  comment,
  filters,
}: {
  locale: Locale;
  comment: ModeratedComment;
  filters: CommentFilters;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.moderation" });
  const reasons = await getTranslations({ locale, namespace: "Comments.reasons" });
  const steps = MODERATION_STEPS.filter(
    (step) =>
      OFFERED[comment.status].includes(step) ||
      (step === "approve" && comment.status === "VISIBLE" && comment.reports > 0),
  );
  return (
    <li className="comment" data-comment-id={comment.id} data-status={comment.status}>
      <p className="comment__meta">
        <input
          type="checkbox"
          name="commentIds"
          value={comment.id}
          form={BULK_FORM_ID}
          aria-label={t("select", { name: comment.name })}
        />{" "}
        <bdi className="comment__name">{comment.name}</bdi>{" "}
        <ReaderTime iso={comment.postedAt} locale={locale} /> ·{" "}
        <a href={newsroomPaths.story(locale, comment.storyId)} lang={comment.locale} dir="auto">
          {comment.headline}
        </a>{" "}
        · <span className="comment__status">{t(`statuses.${comment.status}`)}</span>
        {comment.reports > 0 ? <> · {t("reports", { count: comment.reports })}</> : null}
      </p>
      {comment.reasons.length > 0 ? (
        <ul className="report-reasons">
          {comment.reasons.map(({ reason, count }) => (
            <li key={reason} data-reason={reason}>
              {t("reasonCount", { reason: reasons(reason), count })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="comment__body" dir="auto">
        {comment.body}
      </p>
      <div className="row-actions">
        {steps.map((step) => (
          <form key={step} action={moderateAction}>
            <FilterFields locale={locale} filters={filters} />
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="step" value={step} />
            <button type="submit">{t(`steps.${step}`)}</button>
          </form>
        ))}
      </div>
    </li>
  );
}
