// Where the e2e server listens and which database it uses, shared by
// playwright.config.ts (which starts it) and the specs that look inside it.
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

export const e2eDatabaseUrl =
  process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${e2ePort + 20000}/news`;

// Comment form tokens are good after this many seconds instead of three.
export const E2E_COMMENT_MIN_SECONDS = 1;
/** The e2e server's METRICS_TOKEN: specs read its render counters at /metrics. */
export const E2E_METRICS_TOKEN = "e2e-metrics-token-not-secret";

// The server sends notification emails here (SMTP_URL); nothing listens but
// while tests/e2e/notification-email.spec.ts runs its SMTP server, so the
// other specs' emails fail and are retried by the queue, as with a mail
// server down, and nothing the site does waits on them.
export const e2eSmtpPort = e2ePort + 25000;
