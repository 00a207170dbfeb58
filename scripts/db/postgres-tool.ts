import { execFile } from "node:child_process";
import { access, constants } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PostgresToolName = "pg_dump" | "pg_restore";

/** The major version a tool reports, e.g. 15 from "pg_dump (PostgreSQL) 15.18 (Debian …)". */
async function majorOf(executable: string): Promise<number | null> {
  try {
    const { stdout } = await run(executable, ["--version"], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Finds `pg_dump` or `pg_restore` of exactly the server's major version:
 * an older pg_dump refuses a newer server, and a newer one writes archives an
 * older pg_restore cannot read, so "close enough" is never used. Looks on
 * PATH first, then where Debian installs each major side by side.
 */
export async function findPostgresTool(
  name: PostgresToolName,
  major: number,
  searchPath = process.env.PATH ?? "",
): Promise<string> {
  const candidates = [
    ...searchPath
      .split(path.delimiter)
      .filter(Boolean)
      .map((dir) => path.join(dir, name)),
    path.join("/usr/lib/postgresql", String(major), "bin", name),
  ];
  const seen: string[] = [];
  for (const candidate of candidates) {
    if (!(await isExecutable(candidate))) continue;
    const found = await majorOf(candidate);
    if (found === major) return candidate;
    seen.push(`${candidate} (${found ?? "unknown version"})`);
  }
  throw new Error(
    `No ${name} for PostgreSQL ${major} was found` +
      (seen.length ? `; found only ${seen.join(", ")}` : "") +
      `. Install it (Debian/Ubuntu: \`apt-get install postgresql-client-${major}\`, ` +
      `from apt.postgresql.org when your release lacks it) or put it on PATH.`,
  );
}
