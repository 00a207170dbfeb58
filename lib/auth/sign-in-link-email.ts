import "server-only";
import { createTranslator } from "next-intl";
import { messageFormats } from "@/i18n/message-formats";
import { siteFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale/locale-facts";
import { newsroomTranslator } from "@/lib/notifications/notification-email";
import { SIGN_IN_LINK_MINUTES, type SignInLinkMail } from "@/lib/auth/sign-in-link";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

const MESSAGES = { en, ar } as const;

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The link's page on this site; the token travels in the query, which the page never puts in a link. */
export function signInLinkUrl(mail: Pick<SignInLinkMail, "locale" | "token">, siteUrl: string): string {
  return new URL(newsroomPaths.signInLink(mail.locale, mail.token), siteUrl).toString();
}

/** A sign-in link as an email in the member's language, addressed as they are addressed. */
export function composeSignInLinkEmail(mail: SignInLinkMail, siteUrl: string) {
  const newsroom = newsroomTranslator(mail.locale);
  const t = createTranslator({
    locale: mail.locale,
    messages: MESSAGES[mail.locale],
    namespace: "Newsroom.signInLink.mail",
    timeZone: siteFormat.timeZone,
    formats: messageFormats(mail.locale, siteFormat.digits),
  });
  const url = signInLinkUrl(mail, siteUrl);
  const values = { minutes: SIGN_IN_LINK_MINUTES, gender: mail.gender };
  const greeting = newsroom("email.greeting", { name: mail.name });
  const body = t("body", values);
  const ignore = t("ignore", values);
  const subject = t("subject");
  const { tag, dir } = localeFacts(mail.locale);
  const html = [
    `<!doctype html><html lang="${tag}" dir="${dir}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(url)}" dir="ltr">${escapeHtml(url)}</a></p>`,
    `<p><small>${escapeHtml(ignore)}</small></p>`,
    "</body></html>",
  ].join("\n");
  return {
    subject,
    text: [greeting, "", body, url, "", ignore].join("\n"),
    html,
    sender: newsroom("email.sender"),
  };
}
