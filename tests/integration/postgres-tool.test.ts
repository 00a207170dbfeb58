import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PG_MAJOR } from "@/scripts/db/embedded-postgres";
import { findPostgresTool } from "@/scripts/db/postgres-tool";

// Here, not among the unit tests: it runs the machine's pg_dump and
// pg_restore, which CI installs (postgresql-client) and a laptop may lack.
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
