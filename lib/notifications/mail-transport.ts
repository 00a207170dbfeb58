import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transport: Transporter | null = null;

/**
 * The SMTP server of SMTP_URL, or null without one. Short timeouts: a mail
 * server that does not answer fails the job within seconds, and the queue
 * tries again later, instead of holding the worker for nodemailer's
 * default minutes. Settings given in the URL's query win over these.
 */
export function mailTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  transport ??= createTransport({
    url: env.SMTP_URL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transport;
}
