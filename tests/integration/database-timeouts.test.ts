import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { testDatabaseUrl } from "@/tests/setup/test-database";

beforeAll(() => {
  process.env.DATABASE_URL = testDatabaseUrl();
});

describe("database calls", () => {
  it("are cancelled by the server when they run too long, instead of holding the request", async () => {
    await expect(db().$queryRaw`SELECT pg_sleep(30)`).rejects.toThrow(
      /statement timeout|canceling statement/i,
    );
    // The pool is usable afterwards.
    expect(await db().$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  }, 30_000);
});
