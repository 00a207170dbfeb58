import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import { viewerGender } from "@/lib/newsroom/people/viewer-gender";
import { MODERATION_STEPS } from "@/lib/comments/moderation";
import { commentFiltersQuery, type CommentFilters } from "@/lib/comments/moderation-filters";
import type { ModeratedComment } from "@/lib/comments/moderation-list";
import type { ModerationMode } from "@/lib/comments/settings";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { bulkModerateAction, moderationModeAction } from "@/lib/actions/newsroom/comment-moderation-actions";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { BULK_FORM_ID, ModeratedCommentItem } from "@/components/newsroom/moderated-comment";
import { FilterFields, ModerationFiltersForm } from "@/components/newsroom/moderation-filters-form";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";

export const MODERATION_DONE = ["approve", "hide", "unhide", "delete", "mode", "bulk"] as const;

interface Props {
  locale: Locale;
  comments: ModeratedComment[];
  filters: CommentFilters;
  stories: { id: number; headline: string }[];
  page: number;
  pageCount: number;
  total: number;
  mode: ModerationMode;
  /** Whether this member may switch between post- and pre-moderation. */
  mayChangeMode: boolean;
  done: (typeof MODERATION_DONE)[number] | null;
  /** How many comments the last bulk step changed. */
  changed: number;
  problem: "none-chosen" | "other" | null;
}

/** Every comment, filtered and paged, with steps one by one or on the ticked ones; and the moderation mode. */
export async function ModerationScreen(props: Props) {
  const { locale, comments, filters, stories, page, pageCount, total, mode, mayChangeMode, done } = props;
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom.moderation" }), {
    viewerGender: await viewerGender(),
  });
  const pagination = await getTranslations({ locale, namespace: "Pagination" });
  const pageHref = (n: number) => {
    const query = commentFiltersQuery(filters, n).toString();
    return `${newsroomPaths.comments(locale)}${query ? `?${query}` : ""}`;
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <OutcomeNotice
        done={done === "bulk" ? t("done.bulk", { count: props.changed }) : done && t(`done.${done}`)}
        problem={props.problem === "none-chosen" ? t("noneChosen") : props.problem ? t("problem") : null}
      />
      <p>{t(mode === "pre" ? "modePre" : "modePost")}</p>
      {mayChangeMode ? (
        <form action={moderationModeAction} className="row-actions">
          <input type="hidden" name="uiLocale" value={locale} />
          <input type="hidden" name="mode" value={mode === "pre" ? "post" : "pre"} />
          <button type="submit">{t(mode === "pre" ? "switchToPost" : "switchToPre")}</button>
        </form>
      ) : null}
      <h2>{t("list")}</h2>
      <ModerationFiltersForm locale={locale} filters={filters} stories={stories} />
      <p>{t("total", { total })}</p>
      {comments.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <form id={BULK_FORM_ID} action={bulkModerateAction} className="row-actions bulk-moderation">
            <FilterFields locale={locale} filters={filters} />
            <label>
              {t("bulk")}{" "}
              <select name="step">
                <ChoiceOptions
                  choices={MODERATION_STEPS.map((step) => ({ value: step, label: t(`steps.${step}`) }))}
                />
              </select>
            </label>
            <button type="submit">{t("bulkApply")}</button>
          </form>
          <ul className="moderation-queue">
            {comments.map((comment) => (
              <ModeratedCommentItem key={comment.id} locale={locale} comment={comment} filters={filters} />
            ))}
          </ul>
        </>
      )}
      {pageCount > 1 ? (
        <nav className="pager" aria-label={t("list")}>
          {page > 1 ? <a href={pageHref(page - 1)}>{t("newer")}</a> : null}
          <span>{pagination("status", { page, count: pageCount })}</span>
          {page < pageCount ? <a href={pageHref(page + 1)}>{t("older")}</a> : null}
        </nav>
      ) : null}
    </>
  );
}
