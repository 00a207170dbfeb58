import { createClient } from "@redis/client";
import { log as currentLog } from "@/lib/logging/request-log-context";

function connectTo(url: string, timeoutMs: number, retryMs: number) {
  return createClient({
    url,
    // A command while disconnected fails at once instead of queueing.
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs * 4, reconnectStrategy: () => retryMs },
  });
}

export type RedisClient = ReturnType<typeof connectTo>;

export interface RedisLinkOptions {
  url: string;
  /** How long one command may take before Redis counts as unreachable. */
  timeoutMs: number;
  /** How often an unreachable Redis is tried again. */
  retryMs: number;
  /**
   * Runs each time Redis answers after being unreachable, before it is used
   * again; `outageStartedAt` is null for the first connection.
   */
  onRecovery(client: RedisClient, outageStartedAt: number | null): Promise<void>;
  log?(message: string): void;
}

export class RedisUnavailable extends Error {
  constructor(reason: string) {
    super(`Redis unavailable: ${reason}`);
  }
}

/**
 * One connection to Redis that never makes a reader wait long: every
 * command races a short timeout, and after the first failure the link stays
 * "down" (callers fall back at once) until a background PING succeeds and
 * `onRecovery` has run. A frozen server (no RST, no answer) and a refused
 * connection look the same from here.
 */
export function createRedisLink(options: RedisLinkOptions) {
  const log = options.log ?? ((message: string) => currentLog().warn({ component: "shared-cache" }, message));
  const client = connectTo(options.url, options.timeoutMs, options.retryMs);
  client.on("error", () => {
    // Reported through failed commands; the client reconnects by itself.
  });
  // Down from the start until the first PING: the app may start before Redis.
  let up = false;
  let everUp = false;
  let outageStartedAt: number | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let closed = false;

  function withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisUnavailable("timed out")), options.timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  async function tryRecover(): Promise<void> {
    retryTimer = null;
    if (closed) return;
    try {
      if (!client.isOpen) await withTimeout(client.connect());
      await withTimeout(client.ping());
      await withTimeout(options.onRecovery(client, outageStartedAt));
      if (outageStartedAt !== null) log("Shared cache: Redis answers again, back in use");
      up = true;
      everUp = true;
      outageStartedAt = null;
    } catch {
      scheduleRecovery();
    }
  }

  function scheduleRecovery(): void {
    if (retryTimer || closed) return;
    retryTimer = setTimeout(() => void tryRecover(), options.retryMs);
    retryTimer.unref();
  }

  function markDown(reason: string): void {
    if (up) log(`Shared cache: Redis unreachable (${reason}), rendering from the database meanwhile`);
    up = false;
    outageStartedAt ??= Date.now();
    scheduleRecovery();
  }

  void tryRecover();

  return {
    /** Runs a command, or throws RedisUnavailable at once while Redis is down. */
    async run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
      if (!up) {
        // Never connected yet is not an outage: there was nothing to miss.
        if (everUp) outageStartedAt ??= Date.now();
        throw new RedisUnavailable("down");
      }
      try {
        return await withTimeout(command(client));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        markDown(reason);
        throw error instanceof RedisUnavailable ? error : new RedisUnavailable(reason);
      }
    },
    isUp: () => up,
    async close(): Promise<void> {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (client.isOpen) client.destroy();
    },
  };
}

export type RedisLink = ReturnType<typeof createRedisLink>;
