import { idOrNull } from "@/lib/form-values";
import { readFormPost, refusalResponse } from "@/lib/http/form-request";
import { formTarget, readerId } from "@/lib/comments/form-post";
import { reportComment } from "@/lib/comments/votes";
import { clientIp } from "@/lib/http/client-ip";

// A reader flags a comment for the editors; a plain form post.
export async function POST(request: Request) {
  const read = await readFormPost(request);
  if ("refusal" in read) return read.refusal;
  const { form } = read;
  const where = formTarget(form);
  if (!where) return refusalResponse(request, "unsupportedType", 400);
  const commentId = idOrNull(form.get("commentId"));
  const result =
    commentId === null ? null : await reportComment(commentId, await readerId(), clientIp(request.headers));
  const limited = result?.ok === false && result.kind === "rate-limited" ? "&limited=1" : "";
  const thanks = `/${where.locale}/comment-reported?story=${encodeURIComponent(where.path)}${limited}`;
  return new Response(null, { status: 303, headers: { Location: thanks } });
}
