import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { readCommentFormPost } from "@/lib/comments/comment-form-post";
import { readerId } from "@/lib/comments/form-post";
import { voteOnComment, type VoteChoice } from "@/lib/comments/votes";

// Thumbs up / down / withdraw, from a plain HTML form: works without
// JavaScript and answers with a redirect back to the comment (POST/redirect/GET).
export async function POST(request: Request) {
  const post = await readCommentFormPost(request);
  if ("refusal" in post) return post.refusal;
  const { form, where, commentId } = post;
  const choice = String(form.get("choice") ?? "");
  if (["up", "down", "none"].includes(choice) && commentId !== null) {
    const result = await voteOnComment(commentId, await readerId(), post.address, choice as VoteChoice);
    // The comment's own story, whatever story the form names. Expired now,
    // not marked stale: the next view shows the new count.
    if (result.ok) await expireTags(result, "route");
  }
  return new Response(null, { status: 303, headers: { Location: `${where.path}#comment-${commentId}` } });
}
