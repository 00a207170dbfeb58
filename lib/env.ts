import { z } from "zod";
import { trustedProxiesProblem } from "@/lib/http/trusted-proxies";

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
  // Bearer token for GET /metrics (Prometheus); unset: nobody may read them.
  METRICS_TOKEN: z
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

export function readEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export const env = readEnv();
