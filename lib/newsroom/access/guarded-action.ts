import "server-only";
import type { z } from "zod";
import { currentUser } from "@/lib/auth/current-user";
import { can, type NewsroomAction } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { actionForm } from "@/lib/forms/action-form";
import { formEntries } from "@/lib/newsroom/forms/form-schema";

export type Refusal = "signed-out" | "forbidden" | "invalid";

interface GuardConfig<Schema extends z.ZodType, Result> {
  /**
   * What the member must be allowed to do. A function of the parsed input
   * when the right depends on it (a translation's locale); then only
   * members who may enter the newsroom get as far as parsing.
   */
  permission: NewsroomAction | ((input: z.output<Schema>) => NewsroomAction);
  schema: Schema;
  /** The answer to a refused call (often a redirect, which throws). */
  refuse: (why: Refusal, form: FormData) => Result | Promise<Result>;
  /** The action itself: runs only for an allowed member, on parsed input. */
  run: (user: NewsroomUser, input: z.output<Schema>, form: FormData) => Promise<Result>;
}

// Every function made by `guardedAction`, so a test can prove that each
// exported newsroom Server Action went through it.
const guarded = new WeakSet<object>();

/**
 * One call of a guarded action: the session and role are checked first,
 * then the form is parsed with zod, and only then does the action run, so
 * nothing (an upload stored, a row written) happens for a caller without
 * the right. The commands in lib/ check `can()` again themselves. The form
 * is found among whatever arguments a crafted post decoded to (`actionForm`).
 */
async function guardedCall<Schema extends z.ZodType, Result>(
  config: GuardConfig<Schema, Result>,
  args: readonly unknown[],
): Promise<Result> {
  const form = actionForm(args);
  const user = await currentUser();
  if (!user) return config.refuse("signed-out", form);
  const upfront =
    typeof config.permission === "function" ? { type: "newsroom.enter" as const } : config.permission;
  if (!can(user, upfront)) return config.refuse("forbidden", form);
  const parsed = config.schema.safeParse(formEntries(form));
  if (!parsed.success) return config.refuse("invalid", form);
  if (typeof config.permission === "function" && !can(user, config.permission(parsed.data))) {
    return config.refuse("forbidden", form);
  }
  return config.run(user, parsed.data, form);
}

/** Wraps a newsroom Server Action (see `guardedCall`). */
export function guardedAction<Schema extends z.ZodType, Result>(
  config: GuardConfig<Schema, Result>,
): (form: FormData) => Promise<Result> {
  const action = (...args: unknown[]) => guardedCall(config, args);
  guarded.add(action);
  return action;
}

/**
 * Same, for forms driven by `useActionState`, whose action also receives
 * the previous state. A no-JavaScript post without the hidden state fields
 * passes the form first and nothing second: every argument is searched.
 */
export function guardedStateAction<Schema extends z.ZodType, State>(
  config: GuardConfig<Schema, State>,
): (previous: State, form: FormData) => Promise<State> {
  const action = (...args: unknown[]) => guardedCall(config, args);
  guarded.add(action);
  return action;
}

export function isGuardedAction(value: unknown): boolean {
  return typeof value === "function" && guarded.has(value);
}
