import { z } from "zod";
import { routing } from "@/i18n/routing";
import { withDatabase } from "@/lib/db/availability";
import { suggestHeadlines } from "@/lib/search/suggest-headlines";

const query = z.object({
  locale: z.enum(routing.locales),
  q: z.string().max(200),
});

// Headlines for the header's search box as the reader types. The same
// answer for every reader, so caches may keep it briefly.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = query.safeParse({ locale: params.get("locale"), q: params.get("q") ?? "" });
  if (!parsed.success) {
    return Response.json({ error: "bad-request" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const suggestions = await withDatabase(() => suggestHeadlines(parsed.data.locale, parsed.data.q));
  return Response.json(
    { suggestions },
    { headers: { "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=60" } },
  );
}
