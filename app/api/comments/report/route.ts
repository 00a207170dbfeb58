import { idOrNull } from "@/lib/form-values";
import { formTarget, readerId, sameOrigin } from "@/lib/comments/form-post";
import { reportComment } from "@/lib/comments/votes";
import { clientIp } from "@/lib/http/client-ip";

// A reader flags a comment for the editors; a plain form post.
export async function POST(request: Request) {
  const form = await request.formData();
  const where = formTarget(form);
  if (!where || !sameOrigin(request)) return new Response("Bad request", { status: 400 });
  const commentId = idOrNull(form.get("commentId"));
  const result =
    commentId === null ? null : await reportComment(commentId, await readerId(), clientIp(request.headers));
  const limited = result?.ok === false && result.kind === "rate-limited" ? "&limited=1" : "";
  const thanks = `/${where.locale}/comment-reported?story=${encodeURIComponent(where.path)}${limited}`;
  return new Response(null, { status: 303, headers: { Location: thanks } });
}
