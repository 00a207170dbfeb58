import { z } from "zod";
// Relative, not @/: next.config.ts imports this file, and Next's loader for
// it resolves the alias only in next.config.ts itself.
import { trustedProxiesProblem } from "./http/trusted-proxies";

// Validated once; every module reads configuration from here so that a typo
// in an environment variable fails loudly at start instead of silently.
const schema = z.object({
  SITE_URL: z.url().default("http://localhost:3000"),
  NEWSROOM_TIME_ZONE: z
    .string()
    .default("Asia/Beirut")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Asia/Beirut"),
  ARABIC_DIGITS: z.enum(["latn", "arab"]).default("latn"),
  // Youngest comment form token accepted; the end-to-end tests set it low.
  COMMENT_MIN_SECONDS: z.coerce.number().int().min(0).max(300).default(3),
  // How long the caching proxy keeps the most-read block (its fragment) and
  // Next its list: a read shows within this plus the proxy's 30 s of grace,
  // so at most 540 keeps "within 10 minutes" (docs/cache-proxy.md).
  MOST_READ_REFRESH_SECONDS: z.coerce.number().int().min(1).max(540).default(300),
  // How long a translation claim lasts without a save or an open editor by its holder.
  TRANSLATION_CLAIM_HOURS: z.coerce
    .number()
    .min(0.25)
    .max(24 * 14)
    .default(4),
  // Addresses / CIDR ranges / "loopback" whose X-Forwarded-* headers are believed.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      const problem = trustedProxiesProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  // Further origins whose form posts are same-site (a second domain).
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .refine(
      (value) => value.split(",").every((url) => url.trim() === "" || URL.canParse(url.trim())),
      "must be comma-separated origins such as https://example.org",
    ),
  // Where notification emails are sent (smtp:// or smtps://, credentials in
  // the URL); unset or empty: no email is sent and none is queued.
  SMTP_URL: z
    .union([z.literal(""), z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })])
    .optional()
    .transform((value) => value || undefined),
  // The emails' From: an address, or "Name <address>"; by default
  // newsroom@ the site's own host.
  MAIL_FROM: z
    .string()
    .optional()
    .refine(
      (value) => !value || /^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(value.trim()),
      "must be an email address, or Name <address>",
    ),
  // The least severe log lines written (JSON on stdout); tests set "silent".
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Bearer token for GET /metrics (Prometheus); unset: nobody may read them.
  METRICS_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Bearer token for GET /api/health/detail (database, Redis, queue lag,
  // purge failures); unset: nobody may read it. Never served by the proxy.
  HEALTH_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type AppEnv = z.infer<typeof schema>;

/** Who notification emails come from: MAIL_FROM, else newsroom@ SITE_URL's host. */
export function mailFrom(settings: Pick<AppEnv, "MAIL_FROM" | "SITE_URL">): string {
  return settings.MAIL_FROM?.trim() || `newsroom@${new URL(settings.SITE_URL).hostname}`;
}

function parsedOrThrown<T>(settings: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const parsed = settings.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export function readEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  return parsedOrThrown(schema, source);
}

export const env = readEnv();

// Empty counts as unset, as it always has for these.
const optionalText = z
  .string()
  .optional()
  .transform((value) => value || undefined);

// Settings a launcher sets after the modules have loaded (scripts/serve.ts
// makes the job token, lib/auth/secret.ts the auth secret, the test setup
// points DATABASE_URL at its own database), or that tests change between
// cases: validated at each read, never kept.
const liveSchema = z.object({
  DATABASE_URL: optionalText,
  BETTER_AUTH_SECRET: optionalText,
  JOB_QUEUE_TOKEN: optionalText,
  // The caching proxies to purge, comma or space separated.
  CACHE_PROXY_PURGE_URLS: optionalText,
  CACHE_PROXY_SECRET: optionalText,
  // Several instances share Next's cache and their invalidations here.
  REDIS_URL: optionalText,
  REDIS_KEY_PREFIX: optionalText,
  REDIS_TIMEOUT_MS: z.preprocess(
    (value) => value || undefined,
    z.coerce.number().int().positive().optional(),
  ),
  // Builds of one commit on several machines agree when it is set.
  NEXT_BUILD_ID: optionalText,
  // "0": Next keeps its incremental cache in memory only, so several
  // servers started from one build (the sharded e2e run) never read each
  // other's pages from `.next`.
  NEXT_CACHE_ON_DISK: z.enum(["0", "1"]).optional(),
  // "1": `npm test` ran tsc over the whole project just before its build.
  TYPES_CHECKED: z.enum(["0", "1"]).optional(),
});

export type LiveEnv = z.infer<typeof liveSchema>;

export function liveEnv(source: Record<string, string | undefined> = process.env): LiveEnv {
  return parsedOrThrown(liveSchema, source);
}

/** Keeps a secret generated at start where every module copy (Next's bundles too) reads it. */
export function setAuthSecret(secret: string): void {
  process.env.BETTER_AUTH_SECRET = secret;
}
