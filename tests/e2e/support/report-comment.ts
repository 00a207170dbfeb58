import type { Locator } from "@playwright/test";

const WORDS = {
  en: { report: "Report", send: "Send report" },
  ar: { report: "إبلاغ", send: "إرسال البلاغ" },
};

/** A reader reports a comment: opens its report box, picks a reason (by its label) and sends it. */
export async function reportComment(
  comment: Locator,
  reason: string,
  locale: "en" | "ar" = "en",
): Promise<void> {
  await comment.locator("summary", { hasText: WORDS[locale].report }).click();
  await comment.getByLabel(reason).check();
  await comment.getByRole("button", { name: WORDS[locale].send }).click();
}
