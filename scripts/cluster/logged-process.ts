// A child process whose output goes, line by line, to its own log file
// (and, when asked, to this terminal with its name in front).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, createWriteStream, fchmodSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

export interface LogOptions {
  /** Where `<name>.log` is written. */
  logDir: string;
  /** Also print each line on this terminal as `[name] line`. */
  echo?: boolean;
}

export interface LoggedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited (at once if it already has). */
  exited: Promise<void>;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * The log directory, readable by this user alone: logs name internal
 * addresses, paths and failures (a directory made by an earlier version
 * is tightened too). Returns it.
 */
export function prepareLogDir(logDir: string): string {
  mkdirSync(logDir, { recursive: true, mode: 0o700 });
  chmodSync(logDir, 0o700);
  return logDir;
}

/** Opens a log file for appending, readable by this user alone (also one left by an earlier run). */
export function openOwnLog(file: string): number {
  const fd = openSync(file, "a", 0o600);
  fchmodSync(fd, 0o600);
  return fd;
}

export function spawnLogged(
  name: string,
  command: string,
  args: string[],
  options: LogOptions & { env?: Record<string, string | undefined>; cwd?: string },
): LoggedProcess {
  const log = createWriteStream("", {
    fd: openOwnLog(path.join(prepareLogDir(options.logDir), `${name}.log`)),
  });
  log.on("error", () => undefined);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      log.write(`${line}\n`);
      if (options.echo) console.log(`[${name}] ${line}`);
    });
  }
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
  });
  // After "close" no output line can follow: the log may end.
  child.once("close", (code, signal) => log.end(`-- exited (${signal ?? code})\n`));
  return {
    name,
    child,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 2xx, or throws after `timeoutMs` or if `process` exits. */
export async function waitUntilAnswering(url: string, running: LoggedProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void running.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${running.name} exited while starting (see its log)`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${running.name} did not answer on ${url}`);
}
