// Readers commenting through the proxy with the story's no-JS comment form.
// Without JavaScript the first post is answered "please confirm" with a
// form token and a reader cookie, and the token is good only a few seconds
// later (COMMENT_MIN_SECONDS): so every comment is prepared (first post)
// before the measured run, and posted for real (second post) during it.
// Each comment is a new reader, and the readers are spread over loopback
// addresses, so no reader or address reaches the comment rate limits.
import en from "@/messages/en.json";
import { sendFrom, loopbackAddresses, type AddressedAnswer } from "@/bench/support/from-address";
import { renderedInputs } from "@/bench/support/no-js-form";

// lib/comments/post-comment.ts COMMENT_RATES.perAddress (10 per 10 minutes),
// with room for a second run within those minutes.
const COMMENTS_PER_ADDRESS = 5;
const FORM_MARKER = 'name="website"';
const TOKEN_SHAPE = /^[\w-]{32}$/;

export interface PreparedComment {
  address: string;
  cookie: string;
  fields: Map<string, string>;
}

export type CommentOutcome = "visible" | "pending" | string;

function formProblem(answer: AddressedAnswer): string {
  const error = answer.text.match(/class="form-error"[^>]*>([^<]*)</)?.[1];
  return `HTTP ${answer.status}${error ? `: ${error}` : ""}`;
}

/** Makes `count` readers ready to post on `storyUrl` (through the proxy). */
export async function prepareComments(storyUrl: string, count: number): Promise<PreparedComment[]> {
  const addresses = loopbackAddresses(Math.max(3, Math.ceil(count / COMMENTS_PER_ADDRESS)));
  const page = await sendFrom(addresses[0]!, storyUrl);
  const blank = renderedInputs(page.text, FORM_MARKER);
  const run = Date.now().toString(36);
  const prepared: PreparedComment[] = [];
  for (let index = 0; index < count; index++) {
    const address = addresses[index % addresses.length]!;
    const fields = new Map(blank);
    fields.set("name", `Reader ${index + 1}`);
    fields.set("body", `Comment ${index + 1} of purge benchmark run ${run}: posted under load.`);
    const confirm = await sendFrom(address, storyUrl, { fields });
    const token = confirm.text.includes(FORM_MARKER)
      ? renderedInputs(confirm.text, FORM_MARKER).get("token")
      : "";
    const cookie = confirm.cookies.join("; ");
    if (!token || !TOKEN_SHAPE.test(token) || !cookie) {
      throw new Error(
        `Preparing comment ${index + 1} from ${address}: no form token (${formProblem(confirm)})`,
      );
    }
    fields.set("token", token);
    prepared.push({ address, cookie, fields });
  }
  return prepared;
}

/** Posts a prepared comment; "visible" when the answer says it is published (post-moderation). */
export async function postComment(storyUrl: string, comment: PreparedComment): Promise<CommentOutcome> {
  const answer = await sendFrom(comment.address, storyUrl, {
    fields: comment.fields,
    cookie: comment.cookie,
  });
  if (answer.text.includes(en.Comments.form.posted)) return "visible";
  if (answer.text.includes(en.Comments.form.pending)) return "pending";
  return formProblem(answer);
}
