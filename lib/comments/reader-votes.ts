import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";

/** Votes a story version may have from one reader: at most one per comment. */
const MAX_READER_VOTES = 2000;

/** Which way this reader voted on each visible comment of one story version. */
export async function readerVotes(
  readerId: string,
  storyId: number,
  locale: Locale,
): Promise<{ commentId: number; value: number }[]> {
  return db().commentVote.findMany({
    where: { readerId, comment: { storyId, locale, status: "VISIBLE" } },
    select: { commentId: true, value: true },
    orderBy: { commentId: "asc" },
    take: MAX_READER_VOTES,
  });
}

/**
 * The reader's votes as a stylesheet for the cached story page: it shows
 * "You voted up" (or down) under each comment the reader voted on and marks
 * that button pressed. A stylesheet rather than a script, so the state shows
 * without JavaScript and costs the page's script budget nothing; the page
 * itself stays the same for everyone. Only integer ids reach the CSS.
 */
export function readerVotesCss(votes: { commentId: number; value: number }[]): string {
  const rules: string[] = [];
  for (const choice of ["up", "down"] as const) {
    const ids = votes.filter((vote) => vote.value === (choice === "up" ? 1 : -1)).map((v) => v.commentId);
    if (ids.length === 0) continue;
    const each = (selector: string) => ids.map((id) => `#comment-${Math.trunc(id)} ${selector}`).join(",");
    rules.push(`${each(`.comment__my-vote--${choice}`)}{display:block}`);
    rules.push(
      `${each(`.vote--${choice}`)}{border-color:currentColor;box-shadow:inset 0 0 0 1px currentColor}`,
    );
  }
  return rules.join("\n");
}
