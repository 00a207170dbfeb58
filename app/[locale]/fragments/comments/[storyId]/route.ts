import { getComments } from "@/lib/comments/comment-list";
import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { countRender } from "@/lib/metrics/registry";
import { getPublishedSlug } from "@/lib/stories/story-page-data";
import { commentListHtml } from "@/components/comments/comment-list-html";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/[locale]/fragments/comments/[storyId]">;

// Plain text and empty: the proxy would include whatever this says into a
// story page that is itself about to go.
const nothing = () =>
  new Response(null, { status: 404, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });

/**
 * The first page of a published story's comments alone, for the caching
 * proxy to include into the story page (ESI). Cached there under the
 * comments' key (lib/cache-proxy/surrogate-keys.ts): a comment, vote or
 * moderation re-renders this, not the story. Same markup as the copy the
 * story page carries for readers who come without the proxy.
 */
export async function GET(_request: Request, { params }: Context) {
  const segments = await params;
  const locale = localeOrNull(segments.locale);
  const storyId = idOrNull(segments.storyId);
  if (locale === null || storyId === null) return nothing();
  const slug = await getPublishedSlug(storyId, locale);
  if (slug === null) return nothing();
  countRender("comments-fragment");
  const html = await commentListHtml({ data: await getComments(storyId, locale, 1), locale, storyId, slug });
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      // Shared like the story page (the server's response policy turns this
      // into the reading pages' caching and, behind the proxy, its keys).
      "Cache-Control": "public, s-maxage=3600",
    },
  });
}
