import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * Runs a PostgreSQL tool and hands each stderr line whose table name
 * `tablePattern` captures to `onTable` (the tools report progress in their
 * `--verbose` output). Rejects with the tool's own error lines when it fails,
 * never with the flood of verbose chatter.
 */
export function runPostgresTool(opts: {
  executable: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  tablePattern: RegExp;
  onTable: (table: string) => void;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.executable, opts.args, { env: opts.env, stdio: ["ignore", "ignore", "pipe"] });
    const problems: string[] = [];
    const lines = createInterface({ input: child.stderr });
    lines.on("line", (line) => {
      const table = opts.tablePattern.exec(line)?.[1];
      if (table !== undefined) opts.onTable(table);
      else if (/error|fatal|warning|detail|hint/i.test(line) && problems.length < 20) problems.push(line);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const name = opts.executable.split("/").pop();
      const why = problems.join("\n") || `exit ${code ?? signal}`;
      reject(new Error(`${name} failed:\n${why}`));
    });
  });
}
