import { pino, type Logger } from "pino";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/runtime/process-singleton";

export type { Logger };

interface LoggerHolder {
  root: Logger;
}

/**
 * One JSON line per event on stdout, for whatever collects the process's
 * output. Kept per process: Next's bundles and the custom server each load
 * their own copy of this module, and both must write through the same one.
 */
const holder = processSingleton<LoggerHolder>("logger", () => ({
  root: pino({
    level: env.LOG_LEVEL,
    // Without a hostname: an instance is told apart by its pid and by what runs it.
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  }),
}));

/** The process's logger, without request fields: for the launcher and background work. */
export function rootLogger(): Logger {
  return holder.root;
}

/** Swaps the process's logger (tests capture lines with it); returns what puts the old one back. */
export function replaceRootLogger(logger: Logger): () => void {
  const previous = holder.root;
  holder.root = logger;
  return () => {
    holder.root = previous;
  };
}

/** An error as a log field: its message, never its stack (one line per failure). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
