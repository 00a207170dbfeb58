import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { libpqConnection } from "@/scripts/db/libpq-connection";
import { EMBEDDED_PG_MAJOR } from "@/scripts/db/embedded-postgres";
import { findPostgresTool } from "@/scripts/db/postgres-tool";

describe("finding pg_dump and pg_restore", () => {
  it("finds tools of the embedded server's major version (CI installs postgresql-client)", async () => {
    for (const name of ["pg_dump", "pg_restore"] as const) {
      const tool = await findPostgresTool(name, EMBEDDED_PG_MAJOR);
      expect(execFileSync(tool, ["--version"], { encoding: "utf8" })).toContain(
        `(PostgreSQL) ${EMBEDDED_PG_MAJOR}.`,
      );
    }
  });

  it("refuses a version it cannot match, naming the Debian package to install", async () => {
    await expect(findPostgresTool("pg_dump", 99)).rejects.toThrow(/postgresql-client-99/);
  });
});

describe("connecting the command-line tools", () => {
  it("keeps the password out of the command line and drops parameters libpq does not know", () => {
    const { dbname, env } = libpqConnection(
      "postgresql://news:s%40cret@db.example.com:6543/news?schema=public&sslmode=require&connection_limit=5",
    );
    expect(dbname).toBe("postgresql://news@db.example.com:6543/news?sslmode=require");
    expect(env.PGPASSWORD).toBe("s@cret");
  });
});
