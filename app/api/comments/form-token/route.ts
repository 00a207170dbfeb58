import { parseStoryQuery } from "@/lib/comments/story-query";
import { readerId } from "@/lib/comments/form-post";
import { issueFormToken } from "@/lib/comments/form-token";
import { clientIp } from "@/lib/http/client-ip";

// The comment form fetches its single-use token here when a reader reaches
// it, so the cached page itself carries none. Per reader: never stored by
// any cache. Issues the reader cookie when the reader has none yet.
export async function GET(request: Request) {
  const parsed = parseStoryQuery(request.url);
  const noStore = { "Cache-Control": "private, no-store" };
  if (!parsed) return Response.json({ error: "bad-request" }, { status: 400, headers: noStore });
  const owner = { readerId: await readerId(), storyId: parsed.story, locale: parsed.locale };
  const result = await issueFormToken(owner, clientIp(request.headers));
  if (!result.ok) {
    const status = result.kind === "rate-limited" ? 429 : 404;
    return Response.json({ error: result.kind }, { status, headers: noStore });
  }
  return Response.json({ token: result.token }, { headers: noStore });
}
