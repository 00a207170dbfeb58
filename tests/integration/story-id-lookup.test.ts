import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeStoryIdLookup,
  findStoryIdBySlug,
  STORY_ID_LOOKUP_NAME,
} from "@/lib/cache-proxy/story-id-lookup";
import { testDatabaseUrl } from "@/tests/setup/test-database";

beforeAll(() => {
  process.env.DATABASE_URL = testDatabaseUrl();
});

afterAll(async () => {
  await closeStoryIdLookup();
});

describe("the server's story lookup (its own small pool, outside Next)", () => {
  it("outlives the database ending its idle connections (a restart, a failover, an administrator)", async () => {
    expect(await findStoryIdBySlug("en", "no-such-story")).toBeNull();
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      const ended = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [STORY_ID_LOOKUP_NAME],
      );
      expect(ended.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    // The pool hears of it on its idle client: without a listener that
    // event ended the whole server (an uncaught 'error').
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await findStoryIdBySlug("en", "no-such-story")).toBeNull();
  });
});
