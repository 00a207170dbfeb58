import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { idOrNull } from "@/lib/forms/form-values";
import { clientIp } from "@/lib/http/client-ip";
import { readFormPost } from "@/lib/http/form-request";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { countRead, purgeOldReadsSometimes } from "@/lib/reads/read-counting";

const NO_CONTENT = { status: 204, headers: { "Cache-Control": "no-store" } };

// The story page's beacon (public/read-beacon.js) posts here once per view.
// No cookie is read or set; see docs/topics-authors.md, "Most read", for what is kept.
export async function POST(request: Request) {
  const read = await readFormPost(request);
  if ("refusal" in read) return read.refusal;
  const storyId = idOrNull(read.form.get("storyId"));
  const locale = String(read.form.get("locale") ?? "");
  if (storyId === null || !hasLocale(routing.locales, locale)) return new Response(null, { status: 400 });
  const address = clientIp(request.headers);
  // A generous ceiling per address (a newsroom behind one address reads a lot), against scripted floods.
  if (!(await consumeRateLimit(`reads:${address}`, 600, 3600)).allowed)
    return new Response(null, { status: 429 });
  await countRead({ storyId, locale, clientIp: address, userAgent: request.headers.get("user-agent") });
  purgeOldReadsSometimes();
  return new Response(null, NO_CONTENT);
}
