import type { Locale } from "next-intl";
import { toHtml } from "hast-util-to-html";
import { h, s } from "hastscript";
import type { ElementContent } from "hast";
import { getTranslations } from "next-intl/server";
import { COMMENTS_PER_PAGE, type CommentPage } from "@/lib/comments/comment-list";
import { REPORT_REASONS } from "@/lib/comments/report-reasons";
import { readerFormat } from "@/lib/format/reader-format";
import { storyPath } from "@/lib/urls/reader-paths";

interface Props {
  data: CommentPage;
  locale: Locale;
  storyId: number;
  slug: string;
}

// A thumb drawn in SVG: emoji need a colour-emoji font, and where none is
// installed readers saw empty boxes. The button it sits in carries the words.
function thumb(pointing: "up" | "down"): ElementContent {
  return s(
    "svg",
    {
      className: ["thumb-icon", `thumb-icon--${pointing}`],
      width: 16,
      height: 16,
      viewBox: "0 0 16 16",
      ariaHidden: "true",
      focusable: "false",
    },
    s("path", {
      d: "M1.5 7h3v7.5h-3zM4.5 7l3-5.5c1.2 0 2 .8 2 2V6h4a1.5 1.5 0 0 1 1.45 1.9l-1.6 5.5a1.5 1.5 0 0 1-1.45 1.1H4.5",
      fill: "none",
      stroke: "currentColor",
      strokeWidth: "1.4",
      strokeLinejoin: "round",
    }),
  );
}

/**
 * The comments of one page as HTML: "Comments 3", each comment (name, date
 * and time, text, thumbs up and down with counts, withdraw, report), the
 * reader's own votes stylesheet and the pager. A string, not React, because
 * the same markup is both inlined in the story page and served alone as the
 * fragment the caching proxy includes (ESI), which React on the server
 * cannot render outside a page. hastscript builds the tree and
 * hast-util-to-html escapes every text and attribute.
 *
 * Reader text is isolated (<bdi>, dir="auto") so an Arabic comment on an
 * English page, or the reverse, reads correctly and stays in its box. How
 * this reader voted comes from the per-reader stylesheet it links
 * (app/api/comments/my-votes), which shows the hidden "You voted up" line.
 */
export async function commentListHtml({ data, locale, storyId, slug }: Props): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Comments" });
  const hidden = (commentId: number) => [
    h("input", { type: "hidden", name: "storyId", value: String(storyId) }),
    h("input", { type: "hidden", name: "locale", value: locale }),
    h("input", { type: "hidden", name: "slug", value: slug }),
    h("input", { type: "hidden", name: "commentId", value: String(commentId) }),
  ];
  const base = storyPath(locale, slug);
  const comments = data.comments.map((comment) =>
    h("li", { id: `comment-${comment.id}`, className: "comment" }, [
      h("p", { className: "comment__meta" }, [
        h("bdi", { className: "comment__name" }, comment.name),
        " ",
        h(
          "time",
          { dateTime: comment.postedAt, dir: "auto" },
          readerFormat.dateTime(new Date(comment.postedAt), locale),
        ),
      ]),
      h("p", { className: "comment__body", dir: "auto" }, comment.body),
      h("div", { className: "comment__actions" }, [
        ...(
          [
            ["up", comment.up, t("up", { count: comment.up })],
            ["down", comment.down, t("down", { count: comment.down })],
          ] as const
        ).map(([choice, count, label]) =>
          h("form", { method: "post", action: "/api/comments/vote" }, [
            ...hidden(comment.id),
            h("input", { type: "hidden", name: "choice", value: choice }),
            h("button", { type: "submit", className: ["vote", `vote--${choice}`], ariaLabel: label }, [
              thumb(choice),
              " ",
              h("bdi", { className: "vote__count" }, readerFormat.number(count, locale)),
            ]),
          ]),
        ),
        h("form", { method: "post", action: "/api/comments/vote" }, [
          ...hidden(comment.id),
          h("input", { type: "hidden", name: "choice", value: "none" }),
          h("button", { type: "submit", className: "link-button" }, t("withdraw")),
        ]),
        h("details", { className: "comment__report" }, [
          h("summary", { className: "link-button" }, t("report")),
          h("form", { method: "post", action: "/api/comments/report" }, [
            ...hidden(comment.id),
            h("fieldset", [
              h("legend", t("reportLegend")),
              ...REPORT_REASONS.map((reason) =>
                h("label", [
                  h("input", { type: "radio", name: "reason", value: reason, required: true }),
                  " ",
                  t(`reasons.${reason}`),
                ]),
              ),
            ]),
            h("button", { type: "submit", className: "link-button" }, t("sendReport")),
          ]),
        ]),
      ]),
      h("p", { className: ["comment__my-vote", "comment__my-vote--up"] }, t("votedUp")),
      h("p", { className: ["comment__my-vote", "comment__my-vote--down"] }, t("votedDown")),
    ]),
  );
  const pager =
    data.pageCount > 1
      ? h("nav", { className: "pager", ariaLabel: t("heading") }, [
          ...(data.page > 1
            ? [
                h(
                  "a",
                  { href: data.page === 2 ? `${base}#comments` : `${base}/comments/${data.page - 1}` },
                  t("previous"),
                ),
              ]
            : []),
          ...(data.page < data.pageCount
            ? [h("a", { href: `${base}/comments/${data.page + 1}` }, t("more"))]
            : []),
        ])
      : null;
  const tree = h(null, [
    h("h2", { id: "comments-title" }, [
      t("heading"),
      " ",
      h("bdi", { className: "comments__count" }, readerFormat.number(data.total, locale)),
    ]),
    ...(data.total === 0 ? [h("p", t("empty"))] : []),
    h("ol", { className: "comment-list", start: (data.page - 1) * COMMENTS_PER_PAGE + 1 }, comments),
    // After the comments it styles, not in the head, where it would hold up the first paint.
    ...(data.comments.length > 0
      ? [h("link", { rel: "stylesheet", href: `/api/comments/my-votes?story=${storyId}&locale=${locale}` })]
      : []),
    ...(pager ? [pager] : []),
  ]);
  return toHtml(tree);
}
