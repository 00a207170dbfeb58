import "server-only";
import { createTranslator, type Locale } from "next-intl";
import { messageFormats } from "@/i18n/message-formats";
import { siteFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { InboxItem } from "@/lib/notifications/inbox";
import {
  mutePath,
  notificationPath,
  sentenceValues,
  type NewsroomTranslator,
} from "@/lib/notifications/notification-sentence";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

const MESSAGES = { en, ar } as const;

export interface NotificationEmail {
  subject: string;
  text: string;
  html: string;
  /** The sender's name in the email's language, for a MAIL_FROM without one. */
  sender: string;
}

/** The newsroom's words in `locale`, formatted as the site's pages format them. */
export function newsroomTranslator(locale: Locale): NewsroomTranslator {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "Newsroom",
    timeZone: siteFormat.timeZone,
    formats: messageFormats(locale, siteFormat.digits),
  });
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

// Unicode's isolates, plain text's <bdi>: an English headline inside an
// Arabic sentence (or the reverse) keeps its own direction.
const isolate = (text: string) => `\u2068${text}\u2069`;
const plain = (text: string) => text;

/**
 * One notification as an email to a member, in the member's language: the
 * inbox's own sentence (same messages, same values) as its subject and first
 * line, a link to what it is about, and a link to stop that kind.
 */
export function composeNotificationEmail(
  item: InboxItem,
  recipient: { name: string; locale: Locale },
  siteUrl: string,
): NotificationEmail {
  const { locale } = recipient;
  const t = newsroomTranslator(locale);
  const values = sentenceValues(t, locale, item);
  const path = notificationPath(locale, item);
  const objectUrl = path && new URL(path, siteUrl).toString();
  const muteUrl = new URL(mutePath(locale, item.kind), siteUrl).toString();
  const kindName = t(`inbox.kindNames.${item.kind}`);

  const sentence = t.markup(`inbox.kinds.${item.kind}`, { ...values, story: isolate, member: isolate });
  const subject = t.markup(`inbox.kinds.${item.kind}`, { ...values, story: plain, member: plain });
  const text = [
    t("email.greeting", { name: recipient.name }),
    "",
    sentence,
    ...(objectUrl ? ["", t.markup("email.open", { url: objectUrl, link: plain })] : []),
    "",
    "-- ",
    t("email.why", { kind: kindName }),
    t.markup("email.mute", { url: muteUrl, link: plain }),
  ].join("\n");

  const safe = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === "string" ? escapeHtml(value) : value,
    ]),
  ) as typeof values;
  const link = (href: string) => (chunks: string) => `<a href="${escapeHtml(href)}" dir="auto">${chunks}</a>`;
  const htmlSentence = t.markup(`inbox.kinds.${item.kind}`, {
    ...safe,
    story: (chunks) =>
      objectUrl
        ? `<a href="${escapeHtml(objectUrl)}" lang="${item.headlineLocale ?? locale}" dir="auto">${chunks}</a>`
        : `<bdi>${chunks}</bdi>`,
    member: (chunks) => `<bdi>${chunks}</bdi>`,
  });
  const { tag, dir } = localeFacts(locale);
  const html = [
    `<!doctype html><html lang="${tag}" dir="${dir}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(t("email.greeting", { name: recipient.name }))}</p>`,
    `<p>${htmlSentence}</p>`,
    objectUrl
      ? `<p>${t.markup("email.open", { url: escapeHtml(objectUrl), link: link(objectUrl) })}</p>`
      : "",
    `<hr><p><small>${escapeHtml(t("email.why", { kind: kindName }))}<br>`,
    `${t.markup("email.mute", { url: escapeHtml(muteUrl), link: link(muteUrl) })}</small></p>`,
    "</body></html>",
  ].join("\n");

  return { subject, text, html, sender: t("email.sender") };
}
