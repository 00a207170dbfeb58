import "server-only";
import { composeSignInLinkEmail } from "@/lib/auth/sign-in-link-email";
import type { SignInLinkMailer } from "@/lib/auth/sign-in-link";
import { env, mailFrom } from "@/lib/env";
import { mailTransport } from "@/lib/notifications/mail-transport";

/** Whether this site can mail sign-in links at all: the form is offered only then. */
export const signInLinksOffered = () => Boolean(env.SMTP_URL);

/**
 * Mails links through the translation desk's SMTP server (SMTP_URL), at
 * once rather than through the job queue: a link lives 15 minutes, and a
 * member who gets none asks again.
 */
export function signInLinkMailer(): SignInLinkMailer {
  const transport = mailTransport();
  if (!transport) return null;
  return async (mail) => {
    const email = composeSignInLinkEmail(mail, env.SITE_URL);
    const from = mailFrom(env);
    await transport.sendMail({
      from: from.includes("<") ? from : { name: email.sender, address: from },
      to: { name: mail.name, address: mail.email },
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: { "Content-Language": mail.locale, "Auto-Submitted": "auto-generated" },
    });
  };
}
