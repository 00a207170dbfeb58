import "server-only";
import { idOrNull } from "@/lib/forms/form-values";
import { formTarget } from "@/lib/comments/form-post";
import { clientIp } from "@/lib/http/client-ip";
import { readFormPost, refusalResponse } from "@/lib/http/form-request";

export interface CommentFormPost {
  form: FormData;
  where: NonNullable<ReturnType<typeof formTarget>>;
  /** Null when the form names no comment; the route answers as it would anyway. */
  commentId: number | null;
  address: string;
}

/**
 * A reader's plain form post about one comment (a vote or a report): the
 * same-origin form body, the story version it came from, the comment and
 * the sender's address; or the localized refusal to answer instead. The
 * reader cookie is left to the route, which gives one only to a post it
 * acts on.
 */
export async function readCommentFormPost(
  request: Request,
): Promise<CommentFormPost | { refusal: Response }> {
  const read = await readFormPost(request);
  if ("refusal" in read) return read;
  const where = formTarget(read.form);
  if (!where) return { refusal: refusalResponse(request, "unsupportedType", 400) };
  return {
    form: read.form,
    where,
    commentId: idOrNull(read.form.get("commentId")),
    address: clientIp(request.headers),
  };
}
