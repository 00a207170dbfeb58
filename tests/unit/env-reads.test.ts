import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Configuration is read and validated in lib/env.ts only, so that a typo in a
// setting fails at start and every setting is listed in one place. The
// launchers that start processes and set their environment (scripts/, not
// the request pipeline in scripts/server/), the benchmarks, the tests and
// the tools' own config files read it themselves.
const root = path.resolve(import.meta.dirname, "../..");

const ALLOWED = [
  /^lib\/env\.ts$/,
  /^scripts\/(?!server\/)/,
  /^bench\//,
  /^tests\//,
  /^(playwright|vitest|prisma)\.config\.ts$/,
  /^eslint\.config\.mjs$/,
];

const SKIPPED_DIRS = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  "generated",
  "coverage",
  "test-results",
]);

function codeFiles(dir = ""): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : codeFiles(file);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
}

// process.env, process["env"], `const { env } = process` and `import { env } from "node:process"`.
const ENV_READ =
  /\bprocess\s*(?:\?\.|\.)\s*env\b|\bprocess\s*\[\s*["'`]env["'`]\s*\]|\{[^}]*\benv\b[^}]*\}\s*=\s*(?:globalThis\.)?process\b|import\s*\{[^}]*\benv\b[^}]*\}\s*from\s*["'](?:node:)?process["']/;

function readsEnvironment(source: string): boolean {
  return ENV_READ.test(source);
}

describe("environment reads", () => {
  it("are recognised in every spelling", () => {
    expect(readsEnvironment("const url = process.env.REDIS_URL;")).toBe(true);
    expect(readsEnvironment('const url = process["env"].REDIS_URL;')).toBe(true);
    expect(readsEnvironment("const { env } = process;")).toBe(true);
    expect(readsEnvironment('import { env, argv } from "node:process";')).toBe(true);
    expect(readsEnvironment('import { argv } from "node:process";\nconst environment = "x";')).toBe(false);
  });

  it("happen only in lib/env.ts and the launchers", () => {
    const files = codeFiles();
    expect(files).toEqual(expect.arrayContaining(["lib/env.ts", "app/[locale]/layout.tsx", "proxy.ts"]));
    const offending = files.filter(
      (file) =>
        !ALLOWED.some((allowed) => allowed.test(file)) &&
        readsEnvironment(readFileSync(path.join(root, file), "utf8")),
    );
    expect(offending).toEqual([]);
  });
});
