import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { rootLogger, type Logger } from "@/lib/logging/logger";
import { processSingleton } from "@/lib/runtime/process-singleton";

interface RequestLogContext {
  requestId: string;
  logger: Logger;
}

// The custom server sets it around Next's handling of each request, the job
// queue around each job: lib/ code, in Next's bundles or not, logs with it.
const storage = processSingleton("request-log-context", () => new AsyncLocalStorage<RequestLogContext>());

export const REQUEST_ID_HEADER = "x-request-id";

// What a proxy's or a load balancer's id looks like (a UUID, a Varnish xid,
// an AWS trace id); anything else is replaced, so no one writes into the log.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;

/** The incoming id when it is sane, else a new one. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const given = Array.isArray(incoming) ? incoming[0] : incoming;
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs `work` with a logger that writes `requestId` (and `fields`) on every line. */
export function withRequestLog<T>(requestId: string, fields: Record<string, unknown>, work: () => T): T {
  const logger = rootLogger().child({ requestId, ...fields });
  return storage.run({ requestId, logger }, work);
}

/** The logger of the request or job under way, or the process's own outside one. */
export function log(): Logger {
  return storage.getStore()?.logger ?? rootLogger();
}

/** The id of the request or job under way, null outside one (a build, a command). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
