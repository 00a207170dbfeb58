/**
 * Every kind of notification. A runtime list, so a test can prove each has
 * a sentence in both languages (`Newsroom.inbox.kinds.<kind>`) and members
 * can mute any of them.
 */
export const NOTIFICATION_KINDS = [
  "review_requested",
  "translation_published",
  "translation_returned",
  "source_published",
  "claim_assigned",
  "claim_taken_over",
  "schedule_refused",
  "schedule_failed",
  "comment_reported",
  "live_entry_posted",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly unknown[]).includes(value);
}

/** Readers' reports on one comment at which its moderators are told. */
export const REPORTS_TO_NOTIFY = 3;
