// `npm run test:e2e` after the build: the Playwright specs split over a few
// separate runs at once, each with its own server, embedded database and
// ports (E2E_PORT), so no spec sees another run's data. A single run spends
// most of its time waiting on one server and one browser; two cores keep two
// runs busy. Arguments go to every run (`npm run test:e2e -- --grep x`);
// spec files given as arguments are split the same way.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitByWeight } from "./split-by-weight";

const root = path.resolve(import.meta.dirname, "../..");
const shardCount = Math.max(1, Number(process.env.E2E_SHARDS ?? 2));
const firstPort = Number(process.env.E2E_PORT ?? 3100);
// Far enough apart for each run's derived ports (database +20000, SMTP
// +25000, proxy +1, outage server +50).
const PORT_STEP = 200;

const args = process.argv.slice(2);
const named = args.filter((arg) => arg.endsWith(".spec.ts"));
const passThrough = args.filter((arg) => !arg.endsWith(".spec.ts"));
const specs = named.length
  ? named.map((file) => path.basename(file))
  : readdirSync(path.join(root, "tests/e2e")).filter((file) => file.endsWith(".spec.ts"));

// Seconds each spec took in a recent CI run; a new spec counts as an average one.
const measured = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "spec-seconds.json"), "utf8"),
) as Record<string, number>;
const shards = splitByWeight(specs, measured, shardCount).filter((shard) => shard.length > 0);

function runShard(files: string[], index: number): Promise<number> {
  const label = `[e2e ${index + 1}/${shards.length}]`;
  const child = spawn(
    "npx",
    ["playwright", "test", ...files.map((file) => `tests/e2e/${file}`), ...passThrough],
    {
      cwd: root,
      env: {
        ...process.env,
        E2E_PORT: String(firstPort + index * PORT_STEP),
        E2E_RUN: String(index + 1),
        // The servers some specs start themselves share the build too.
        NEXT_CACHE_ON_DISK: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) process.stdout.write(`${label} ${line}\n`);
    });
    stream.on("end", () => rest && process.stdout.write(`${label} ${rest}\n`));
  }
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

shards.forEach((files, index) =>
  process.stdout.write(`[e2e ${index + 1}/${shards.length}] ${files.join(" ")}\n`),
);
const codes = await Promise.all(shards.map(runShard));
codes.forEach((code, index) =>
  process.stdout.write(
    `[e2e ${index + 1}/${shards.length}] ${code === 0 ? "passed" : `failed (exit ${code})`}\n`,
  ),
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
