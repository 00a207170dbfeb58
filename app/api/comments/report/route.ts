import { idOrNull } from "@/lib/form-values";
import { formTarget, readerId, sameOrigin } from "@/lib/comments/form-post";
import { reportComment } from "@/lib/comments/votes";

// A reader flags a comment for the editors; a plain form post.
export async function POST(request: Request) {
  const form = await request.formData();
  const where = formTarget(form);
  if (!where || !sameOrigin(request)) return new Response("Bad request", { status: 400 });
  const commentId = idOrNull(form.get("commentId"));
  if (commentId !== null) await reportComment(commentId, await readerId());
  const thanks = `/${where.locale}/comment-reported?story=${encodeURIComponent(where.path)}`;
  return new Response(null, { status: 303, headers: { Location: thanks } });
}
