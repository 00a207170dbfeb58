import type { Locale } from "next-intl";
import type { CommentPage } from "@/lib/comments/comment-list";
import { commentsFragmentPath } from "@/lib/urls/reader-paths";
import { commentListHtml } from "@/components/comments/comment-list-html";

interface Props {
  data: CommentPage;
  locale: Locale;
  storyId: number;
  slug: string;
  /** Whether the caching proxy may put the separately cached fragment in place of this copy. */
  include: boolean;
}

/**
 * The comment list and count inside the story page. Without a proxy the
 * list is right here. Through Varnish the ESI comments wrapping it take
 * effect: the proxy drops this copy (<esi:remove>) and includes the
 * fragment it caches under the comments' own key, so a comment re-renders
 * that fragment, never the story. Plain HTML comments elsewhere, so the page
 * stays valid HTML. React never touches what is inside (it is set as HTML
 * and differs on purpose from the page's payload when the proxy included a
 * newer fragment), and there is nothing in it to hydrate: its forms post
 * without JavaScript.
 */
export async function CommentsFragment({ data, locale, storyId, slug, include }: Props) {
  const list = await commentListHtml({ data, locale, storyId, slug });
  const html = include
    ? `<!--esi <esi:include src="${commentsFragmentPath(locale, storyId)}"/><esi:remove> -->${list}<!--esi </esi:remove> -->`
    : list;
  return (
    <div className="comments__list" dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
  );
}
