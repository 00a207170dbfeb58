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
});
