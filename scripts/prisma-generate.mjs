// `prisma generate` downloads the native schema engine first even though it
// does not use it; offline that download fails. Retry with
// PRISMA_SCHEMA_ENGINE_BINARY pointing at any executable so generation works
// on a machine without access to Prisma's binary host.
import { spawnSync } from "node:child_process";

const run = (env) =>
  spawnSync("npx", ["prisma", "generate"], {
    stdio: "pipe",
    env: { ...process.env, ...env },
    encoding: "utf8",
  });

let result = run({});
if (result.status !== 0) {
  result = run({ PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
}
process.stdout.write(result.stdout ?? "");
if (result.status !== 0) {
  process.stderr.write(result.stderr ?? "");
  process.exit(result.status ?? 1);
}
