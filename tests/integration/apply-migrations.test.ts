import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { testAdminUrl } from "@/tests/setup/test-database";

const name = `news_apply_${Date.now()}`;
let url = "";

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testAdminUrl() });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

beforeAll(async () => {
  await admin(`CREATE DATABASE "${name}"`);
  const parsed = new URL(testAdminUrl());
  parsed.pathname = `/${name}`;
  url = parsed.toString();
});

afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

describe("applying migrations", () => {
  it("creates the tables on an empty database, then has nothing left to apply", async () => {
    const first = await applyMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client
      .query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      )
      .finally(() => client.end());
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["Story", "StoryTranslation", "Section", "Author", "_prisma_migrations"]),
    );
  });

  // A connection left open keeps the engine's session advisory lock, and the
  // next run (a second instance starting, a deploy) waits on it and times out.
  it("closes its connections when it returns, so no lock outlives the run", async () => {
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: testAdminUrl() });
    await client.connect();
    const { rows } = await client
      .query<{ open: number }>(
        "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      )
      .finally(() => client.end());
    expect(rows[0]!.open).toBe(0);
  });
});
