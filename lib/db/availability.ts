// Shared through a global symbol because the custom server (scripts/serve.ts)
// and the bundled page code load separate copies of this module.
const KEY = Symbol.for("news.databaseUnavailableAt");
const WINDOW_MS = 15_000;

type Holder = { [KEY]?: number };

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "57P01", // admin_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
]);

const CONNECTION_MESSAGES =
  /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|Can't reach database|the database system is (starting up|shutting down)/i;

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isConnectionError(inner, depth + 1))) {
    return true;
  }
  return isConnectionError(cause, depth + 1);
}

export function markDatabaseUnavailable(now = Date.now()): void {
  (globalThis as Holder)[KEY] = now;
}

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  const at = (globalThis as Holder)[KEY];
  return at !== undefined && now - at < WINDOW_MS;
}

/** Runs a database call, remembering connection failures so the server can answer 503. */
export async function withDatabase<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (isConnectionError(error)) markDatabaseUnavailable();
    throw error;
  }
}
