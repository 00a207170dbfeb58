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
});

export type AppEnv = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export const env = readEnv();
