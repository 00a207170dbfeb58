import { localeOrNull } from "@/lib/forms/form-values";
import { bannerLifetimeSeconds, currentBanner } from "@/lib/banner/banner-read";
import { countRender } from "@/lib/metrics/registry";
import { bannerHtml } from "@/components/banner/banner-html";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/[locale]/fragments/banner">;

/**
 * The language's breaking-news banner alone (empty when there is none), for
 * the caching proxy to include into every reading page (ESI). Cached there
 * under the banner's key: setting or clearing it purges this, not the
 * pages. Kept no longer than the banner lasts, so it leaves at its expiry
 * without a purge. Same markup as the copy pages carry without the proxy.
 */
export async function GET(_request: Request, { params }: Context) {
  const locale = localeOrNull((await params).locale);
  if (locale === null) {
    return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  countRender("banner-fragment");
  const banner = await currentBanner(locale);
  const lifetime = bannerLifetimeSeconds(banner);
  return new Response(await bannerHtml(locale, banner), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      "Cache-Control": `public, s-maxage=${lifetime}`,
      // The proxy's own lifetime (the server's response policy keeps the shorter).
      "Surrogate-Control": `max-age=${lifetime}`,
    },
  });
}
