import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { getLiveUpdates } from "@/lib/live/live-updates-data";
import { countRender } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/[locale]/fragments/live/[storyId]">;

/**
 * A live page's updates answer (lib/live/live-updates.ts), polled by its
 * script every second. Shared like the page itself: the server's response
 * policy gives it the reading pages' caching and, behind the proxy, the
 * entries' key, so a post purges it and the proxy renders it once for
 * every reader. A 404 for any story that is not a live page in `locale`.
 */
export async function GET(_request: Request, { params }: Context) {
  const segments = await params;
  const locale = localeOrNull(segments.locale);
  const storyId = idOrNull(segments.storyId);
  const updates = locale === null || storyId === null ? null : await getLiveUpdates(storyId, locale);
  if (updates === null) {
    return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  countRender("live-poll");
  return Response.json(updates, {
    headers: { "Cache-Control": "public, s-maxage=3600", "Content-Language": segments.locale },
  });
}
