import { z } from "zod";

/** One or two sentences: it sits under every opinion piece. */
export const MAX_DISCLAIMER_LENGTH = 300;

export type DisclaimerError = "tooLong" | "oneParagraph";

/**
 * The disclaimer as saved: trimmed, one paragraph, bounded. Empty means
 * "the site's default wording" (messages Story.opinionDisclaimerDefault).
 */
export const disclaimerText = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z
      .string()
      .max(MAX_DISCLAIMER_LENGTH, { message: "tooLong" })
      .refine((text) => !/[\r\n]/.test(text), { message: "oneParagraph" }),
  );

export function parseDisclaimer(
  text: string,
): { ok: true; text: string } | { ok: false; error: DisclaimerError } {
  const parsed = disclaimerText.safeParse(text);
  if (parsed.success) return { ok: true, text: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues[0]?.message === "oneParagraph" ? "oneParagraph" : "tooLong",
  };
}
