import { markActionStarted } from "@/lib/http/action-call";

/**
 * The form a Server Action was called with, whatever the caller sent.
 *
 * Anyone can post any action id, in any shape: a no-JavaScript post of a
 * `useActionState` action without its hidden state fields calls it with the
 * form in place of the previous state and nothing after it, and a script
 * post decodes to whatever arguments its body names (a string, nothing).
 * Our forms always send a FormData last, so that is the one taken; a call
 * with none is a call with an empty form, refused by the usual checks
 * (sign-in, then the fields) instead of a TypeError answered with a 500.
 * Every action of ours starts by calling it, which tells the server that
 * the request was decoded and reached an action (lib/http/action-call.ts).
 */
export function actionForm(args: readonly unknown[]): FormData {
  markActionStarted();
  for (let index = args.length - 1; index >= 0; index--) {
    const value = args[index];
    if (value instanceof FormData) return value;
  }
  return new FormData();
}
