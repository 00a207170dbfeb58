import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "translation.publish"
  | "translation.unpublish"
  | "translation.correct"
  | "translation.submit"
  | "translation.withdraw"
  | "translation.draft.save"
  | "translation.draft.publish"
  | "translation.lock.takeover"
  | "schedule.create"
  | "schedule.cancel"
  | "schedule.fail"
  | "user.create"
  | "user.role"
  | "user.disable"
  | "user.enable"
  | "comment.approve"
  | "comment.hide"
  | "comment.delete"
  | "story.comments"
  | "topic.create"
  | "topic.rename"
  | "topic.merge"
  | "settings.comments";

type Writer = Pick<Prisma.TransactionClient, "auditEntry">;

/** Records who did what to what; pass the transaction doing the change so both land together. */
export async function recordAudit(
  writer: Writer,
  entry: { actorId: string | null; action: AuditAction; subject: string; details?: Prisma.InputJsonValue },
): Promise<void> {
  await writer.auditEntry.create({ data: entry });
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  subject: string;
  details: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(page: number): Promise<{ rows: AuditRow[]; pageCount: number }> {
  const [total, rows] = await Promise.all([
    db().auditEntry.count(),
    db().auditEntry.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  return {
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    rows: rows.map((row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      actor: row.actor ? `${row.actor.name} <${row.actor.email}>` : null,
      action: row.action,
      subject: row.subject,
      details: row.details === null ? null : JSON.stringify(row.details),
    })),
  };
}
