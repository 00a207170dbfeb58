import { expect, type Page } from "@playwright/test";
import { instantToZonedFields } from "@/lib/format/zoned-time";

/** The e2e servers run with the default NEWSROOM_TIME_ZONE. */
export const NEWSROOM_ZONE = "Asia/Beirut";

/**
 * The next minute that is safely ahead: the coming one, or the one after
 * when the coming one starts too soon for the form to be filled and posted.
 */
export function nextMinute(now = Date.now()): { runAt: Date; date: string; time: string } {
  const coming = Math.ceil((now + 1) / 60_000) * 60_000;
  const runAt = new Date(coming - now < 15_000 ? coming + 60_000 : coming);
  return { runAt, ...instantToZonedFields(runAt, NEWSROOM_ZONE) };
}

/** Fills and posts the story overview's schedule form for one language version. */
export async function scheduleOnOverview(
  page: Page,
  target: "en" | "ar",
  change: { step: "publish" | "unpublish"; date: string; time: string },
): Promise<void> {
  const form = page.locator(`#schedule-${target}`);
  await form.locator("select[name=step]").selectOption(change.step);
  await form.locator("input[name=date]").fill(change.date);
  await form.locator("input[name=time]").fill(change.time);
  await form.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/done=scheduled/);
}
