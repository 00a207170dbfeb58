import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { NOTIFICATION_EMAIL_TASK } from "@/lib/jobs/job-calls";
import { currentRequestId } from "@/lib/logging/request-log-context";

/**
 * Tries before the queue gives an email up. graphile-worker waits
 * exp(min(attempts, 10)) seconds between them: 3 s, 7 s, 20 s, 55 s… about
 * three hours in all, enough for a mail server's restart or a short outage.
 */
export const EMAIL_MAX_ATTEMPTS = 10;

// One job per notification: queued again, the same one replaces its job instead of adding one.
const JOB_KEY_PREFIX = "notification-email:";
export const emailJobKey = (notificationId: number) => `${JOB_KEY_PREFIX}${notificationId}`;

/**
 * Queues the email of each of these notifications, in one statement. Only
 * the notification's id travels: the job reads the row, the member's
 * language and their settings when it runs. Without SMTP_URL, nothing.
 */
export async function queueNotificationEmails(notificationIds: number[]): Promise<void> {
  if (!env.SMTP_URL || notificationIds.length === 0) return;
  await db().$executeRaw`SELECT graphile_worker.add_job(
      ${NOTIFICATION_EMAIL_TASK}, json_build_object('notificationId', id, 'requestId', ${currentRequestId()}::text),
      job_key => ${JOB_KEY_PREFIX} || id, max_attempts => ${EMAIL_MAX_ATTEMPTS}::int)
    FROM unnest(${notificationIds}::int[]) AS id`;
}
