import { readCommentFormPost } from "@/lib/comments/comment-form-post";
import { readerId } from "@/lib/comments/form-post";
import { reportReasonOf } from "@/lib/comments/report-reasons";
import { reportComment } from "@/lib/comments/votes";

// A reader flags a comment for the editors; a plain form post.
export async function POST(request: Request) {
  const post = await readCommentFormPost(request);
  if ("refusal" in post) return post.refusal;
  const { where, commentId } = post;
  const result =
    commentId === null
      ? null
      : await reportComment(
          commentId,
          await readerId(),
          post.address,
          reportReasonOf(post.form.get("reason")),
        );
  const limited = result?.ok === false && result.kind === "rate-limited" ? "&limited=1" : "";
  const thanks = `/${where.locale}/comment-reported?story=${encodeURIComponent(where.path)}${limited}`;
  return new Response(null, { status: 303, headers: { Location: thanks } });
}
