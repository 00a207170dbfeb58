import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { notifyCoalesced, translatorsOf } from "@/lib/notifications/notify";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

/**
 * Tells the translators of every other language the live page runs in
 * that an entry was posted, or its source text changed: one unread
 * notification per live story and language, its count raised by each
 * entry. Called after the change has committed; never throws.
 */
export async function tellTranslatorsOfEntry(entry: {
  storyId: number;
  entryId: number;
  sourceLocale: Locale;
  actorId: string;
}): Promise<void> {
  try {
    const pages = await db().storyTranslation.findMany({
      where: { storyId: entry.storyId, locale: { not: entry.sourceLocale } },
      select: { locale: true },
    });
    for (const { locale } of pages) {
      await notifyCoalesced(
        {
          kind: "live_entry_posted",
          storyId: entry.storyId,
          locale,
          actorId: entry.actorId,
          details: { entryId: entry.entryId },
        },
        await translatorsOf(locale),
      );
    }
  } catch (error) {
    log().error({ err: errorText(error) }, "live entry notifications not recorded");
  }
}
