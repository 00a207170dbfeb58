import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getComments } from "@/lib/comments/comment-list";
import { siteFormat } from "@/lib/format/reader-format";
import { countTemplates } from "@/lib/format/count-templates";
import { localeFacts } from "@/lib/locale/locale-facts";
import { storyPath } from "@/lib/urls/reader-paths";
import { COMMENT_LIMITS } from "@/lib/comments/comment-limits";
import { readerWords } from "@/i18n/reader-words";
import { DeferredCommentForm } from "@/components/comments/deferred-comment-form";
import { CommentsFragment } from "@/components/comments/comments-fragment";

interface Props {
  storyId: number;
  locale: Locale;
  slug: string;
  page?: number;
}

/**
 * "Comments 3", the comments in posting order, then the form (unless closed).
 * The first page's list is a fragment the caching proxy keeps apart from the story.
 */
export async function CommentsSection({ storyId, locale, slug, page = 1 }: Props) {
  const data = await getComments(storyId, locale, page);
  const t = await getTranslations({ locale, namespace: "Comments" });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const numberLocale = localeFacts(locale).numberLocale(siteFormat.digits);
  const counts = {
    left: countTemplates(locale, numberLocale, (n) => forms("counter.left", { n })),
    over: countTemplates(locale, numberLocale, (n) => forms("counter.over", { n })),
  };
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <CommentsFragment data={data} locale={locale} storyId={storyId} slug={slug} include={page === 1} />
      {data.closed ? (
        <p className="comments__closed">{t("closed")}</p>
      ) : (
        <DeferredCommentForm
          storyId={storyId}
          locale={locale}
          slug={slug}
          permalink={storyPath(locale, slug)}
          summaryTitle={forms("errorSummary")}
          counts={counts}
          words={await readerWords({
            locale,
            namespace: "Comments.form",
            args: {
              bodyHint: { max: COMMENT_LIMITS.body },
              "errors.tooManyLinks": { max: COMMENT_LIMITS.links },
            },
          })}
        />
      )}
    </section>
  );
}
