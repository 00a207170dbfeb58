import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { idOrNull } from "@/lib/form-values";
import { readFormPost, refusalResponse } from "@/lib/http/form-request";
import { formTarget, readerId } from "@/lib/comments/form-post";
import { voteOnComment, type VoteChoice } from "@/lib/comments/votes";
import { clientIp } from "@/lib/http/client-ip";

// Thumbs up / down / withdraw, from a plain HTML form: works without
// JavaScript and answers with a redirect back to the comment (POST/redirect/GET).
export async function POST(request: Request) {
  const read = await readFormPost(request);
  if ("refusal" in read) return read.refusal;
  const { form } = read;
  const where = formTarget(form);
  if (!where) return refusalResponse(request, "unsupportedType", 400);
  const choice = String(form.get("choice") ?? "");
  const commentId = idOrNull(form.get("commentId"));
  if (["up", "down", "none"].includes(choice) && commentId !== null) {
    const result = await voteOnComment(
      commentId,
      await readerId(),
      clientIp(request.headers),
      choice as VoteChoice,
    );
    // The comment's own story, whatever story the form names. Expired now,
    // not marked stale: the next view shows the new count.
    if (result.ok) await expireTags(result.tags, "route");
  }
  return new Response(null, { status: 303, headers: { Location: `${where.path}#comment-${commentId}` } });
}
