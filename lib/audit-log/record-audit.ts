import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every code the audit log records. A runtime list, so a test can prove that
 * each one has a sentence in both languages (`Audit.sentences.<code with
 * dots as underscores>`) and a name for the log's filter (`Audit.actions.…`).
 */
export const AUDIT_ACTIONS = [
  "story.create",
  "story.details",
  "story.comments",
  "story.gallery",
  "media.upload",
  "translation.save",
  "translation.slug",
  "translation.restore",
  "translation.submit",
  "translation.withdraw",
  "translation.publish",
  "translation.unpublish",
  "translation.draft.save",
  "translation.draft.publish",
  "translation.lock.takeover",
  "translation.correct",
  "translation.claim",
  "translation.claim.assign",
  "translation.claim.takeover",
  "translation.claim.release",
  "schedule.create",
  "schedule.cancel",
  "schedule.fail",
  "schedule.dismiss",
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.profile",
  "signin.throttled",
  "signin.link",
  "comment.approve",
  "comment.hide",
  "comment.unhide",
  "comment.delete",
  "topic.create",
  "topic.rename",
  "topic.merge",
  "section.create",
  "section.rename",
  "section.move",
  "section.retire",
  "glossary.create",
  "glossary.update",
  "glossary.delete",
  "glossary.import",
  "names.create",
  "names.update",
  "names.delete",
  "names.accept",
  "names.dismiss",
  "plurals.add",
  "plurals.remove",
  "settings.comments",
  "live.entry.post",
  "live.entry.edit",
  "live.entry.translate",
  "live.entry.publish",
  "live.entry.delete",
  "live.entry.pin",
  "live.entry.unpin",
  "live.keypoints",
  "live.end",
  "banner.set",
  "banner.clear",
  "opinion.disclaimer",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The entries of a version going live: published, or its forward draft published over it. */
export const PUBLISH_AUDIT_ACTIONS: AuditAction[] = ["translation.publish", "translation.draft.publish"];

type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Head}_${Underscored<Tail>}`
  : S;
/** The message key of a code: next-intl reads dots in a key as nesting. */
export type AuditMessageKey = Underscored<AuditAction>;

export function auditMessageKey(action: AuditAction): AuditMessageKey {
  return action.replaceAll(".", "_") as AuditMessageKey;
}

export function isAuditAction(value: unknown): value is AuditAction {
  return (AUDIT_ACTIONS as readonly unknown[]).includes(value);
}

type Writer = Pick<Prisma.TransactionClient, "auditEntry">;

/** The story a subject names ("story:12/ar", "comment:5 story:12/en"), for the log's story filter. */
export function storyIdOfSubject(subject: string): number | null {
  const match = /\bstory:([0-9]{1,9})\b/.exec(subject);
  return match ? Number(match[1]) : null;
}

/** Records who did what to what; pass the transaction doing the change so both land together. */
export async function recordAudit(
  writer: Writer,
  entry: { actorId: string | null; action: AuditAction; subject: string; details?: Prisma.InputJsonValue },
): Promise<void> {
  await writer.auditEntry.create({ data: { ...entry, storyId: storyIdOfSubject(entry.subject) } });
}
