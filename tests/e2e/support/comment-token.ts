import { expect, type Page } from "@playwright/test";
import { queryE2eDatabase } from "./e2e-database";
import { E2E_COMMENT_MIN_SECONDS } from "./e2e-server";

/**
 * Waits until the comment form holds a token the server will take: one the
 * form has (fetched, or brought by the last answer) that is at least the
 * minimum age, judged by the database's clock as the server judges it.
 * Without JavaScript nothing fetches one, so a form without a token has
 * nothing to wait for: the server's first answer brings it.
 */
export async function waitForUsableToken(page: Page, { javaScript = true } = {}): Promise<void> {
  const input = page.locator(".comment-form input[name=token]");
  if (!javaScript && !(await input.inputValue())) return;
  await expect(input).toHaveValue(/^[\w-]{32}$/);
  const token = await input.inputValue();
  await expect
    .poll(async () => {
      const [row] = await queryE2eDatabase<{ usable: boolean }>(
        `SELECT "issuedAt" <= now() - make_interval(secs => $2) AS usable
         FROM "CommentFormToken" WHERE "id" = $1`,
        [token, E2E_COMMENT_MIN_SECONDS],
      );
      return row?.usable ?? false;
    }, `comment form token ${token} old enough to post`)
    .toBe(true);
}
