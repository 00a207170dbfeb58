import type { Locale } from "next-intl";
// Used by the custom server (scripts/serve.ts), which runs outside Next's
// bundles: hence plain `pg` and no "server-only" import, which would throw
// there. One small pool of its own, opened on first use.
import pg from "pg";
import type { StoryIdLookup } from "@/lib/routes/route-keys";
import { liveEnv } from "@/lib/env";
import { errorText, rootLogger } from "@/lib/logging/logger";

let pool: pg.Pool | null = null;

/** How its connections appear in pg_stat_activity. */
export const STORY_ID_LOOKUP_NAME = "news-story-id-lookup";

function openPool(): pg.Pool {
  const opened = new pg.Pool({
    connectionString: liveEnv().DATABASE_URL,
    max: 4,
    connectionTimeoutMillis: 3_000,
    query_timeout: 5_000,
    application_name: STORY_ID_LOOKUP_NAME,
  });
  // An idle connection the database ended (a restart, a failover) is
  // reported here; unheard, that event would end the whole server. The
  // pool drops it and opens another on the next lookup.
  opened.on("error", (error) =>
    rootLogger().warn({ err: errorText(error) }, "story lookup: the database ended an idle connection"),
  );
  return opened;
}

/** The story a slug currently names in a locale (whatever its status), or null. */
export const findStoryIdBySlug: StoryIdLookup = async (locale: Locale, slug: string) => {
  pool ??= openPool();
  const result = await pool.query<{ storyId: number }>(
    `SELECT "storyId" FROM "StoryTranslation" WHERE locale = $1::"Locale" AND slug = $2`,
    [locale, slug],
  );
  return result.rows[0]?.storyId ?? null;
};

export async function closeStoryIdLookup(): Promise<void> {
  await pool?.end();
  pool = null;
}
