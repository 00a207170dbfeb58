import "server-only";
import type { createTranslator, Messages, Locale } from "next-intl";
import { readerFormat } from "@/lib/format/reader-format";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import type { InboxItem } from "@/lib/notifications/inbox";
import type { NotificationKind } from "@/lib/notifications/kinds";

/** The newsroom's translator, from getTranslations (the inbox) or createTranslator (emails). */
export type NewsroomTranslator = ReturnType<typeof createTranslator<Messages, "Newsroom">>;

/** Where a notification leads: the story, its translation, or the moderation queue. */
export function notificationPath(locale: Locale, item: InboxItem): string | null {
  if (item.kind === "comment_reported") return newsroomPaths.comments(locale);
  if (item.storyId === null) return null;
  // The live desk with the first waiting entry's form open: the translator works on from there.
  if (item.kind === "live_entry_posted" && item.locale && typeof item.details.entryId === "number") {
    return newsroomPaths.liveEntryForm(locale, item.storyId, item.details.entryId, item.locale);
  }
  const toEditor: NotificationKind[] = ["source_published", "translation_returned", "claim_assigned"];
  return toEditor.includes(item.kind) && item.locale
    ? newsroomPaths.translation(locale, item.storyId, item.locale)
    : newsroomPaths.story(locale, item.storyId);
}

/** Where a member stops receiving a kind: its box in the inbox's list of kinds. */
export function mutePath(locale: Locale, kind: NotificationKind): string {
  return `${newsroomPaths.inbox(locale)}#receive-${kind}`;
}

/**
 * The values of a notification's sentence (`inbox.kinds.<kind>`), but for
 * its `<member>` and `<story>` tags, which each medium marks up its own way.
 */
export function sentenceValues(t: NewsroomTranslator, locale: Locale, item: InboxItem) {
  return {
    actor: item.actor ?? t("inbox.system"),
    actorGender: item.actorGender,
    language: item.locale ? t(`locales.${item.locale}`) : "",
    headline: item.headline ?? "",
    step: String(item.details.step ?? "publish"),
    runAt:
      typeof item.details.runAt === "string"
        ? readerFormat.dateTime(new Date(item.details.runAt), locale)
        : "",
    reports: Number(item.details.reports ?? 0),
    entries: Number(item.details.count ?? 1),
  };
}
