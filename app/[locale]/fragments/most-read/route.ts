import { localeOrNull } from "@/lib/forms/form-values";
import { getMostRead, mostReadLifetimeSeconds } from "@/lib/reads/most-read";
import { countRender } from "@/lib/metrics/registry";
import { mostReadHtml } from "@/components/most-read-html";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/[locale]/fragments/most-read">;

/**
 * The language's most read stories alone (empty when nothing has been
 * read), for the caching proxy to include into the home and story pages
 * (ESI). Kept there until the current refresh window ends
 * (MOST_READ_REFRESH_SECONDS), so reads show within minutes on pages the
 * proxy keeps for a day, without a purge; an unpublish purges it at once.
 * Same markup as the copy pages carry without the proxy.
 */
export async function GET(_request: Request, { params }: Context) {
  const locale = localeOrNull((await params).locale);
  if (locale === null) {
    return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  countRender("most-read-fragment");
  const now = new Date();
  const lifetime = mostReadLifetimeSeconds(now);
  return new Response(await mostReadHtml(locale, await getMostRead(locale, now)), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      "Cache-Control": `public, s-maxage=${lifetime}`,
      // The proxy's own lifetime (the server's response policy keeps the shorter).
      "Surrogate-Control": `max-age=${lifetime}`,
    },
  });
}
