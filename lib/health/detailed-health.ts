import "server-only";
import { createClient } from "@redis/client";
import { db } from "@/lib/db/client";
import { liveEnv } from "@/lib/env";

/** How far back a purge failure counts as recent. */
export const RECENT_PURGE_FAILURES_MS = 60 * 60 * 1000;

export interface DetailedHealth {
  ok: boolean;
  database: { ok: boolean; latencyMs: number | null };
  /** null: no REDIS_URL (one instance with Next's own cache). */
  redis: { ok: boolean; latencyMs: number | null } | null;
  /** The oldest job due and not yet taken: how late the job queue runs (0 when none waits). */
  queue: { ok: boolean; runnableJobs: number | null; oldestRunnableAgeSeconds: number | null };
  purgeFailures: { lastHour: number | null; latestAt: string | null };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number } | null> {
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return null;
  }
}

/** A fresh connection and a PING within a second: can this instance reach Redis now. */
async function pingRedis(url: string, timeoutMs: number): Promise<void> {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: false },
  });
  client.on("error", () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (client.isOpen) client.destroy();
  }
}

async function queueLag(): Promise<DetailedHealth["queue"]> {
  const rows = await timed(
    () => db().$queryRaw<{ runnable: bigint; oldest: number | null }[]>`
      SELECT count(*) AS runnable, extract(epoch FROM now() - min(run_at))::float8 AS oldest
      FROM graphile_worker.jobs
      WHERE run_at <= now() AND locked_at IS NULL AND attempts < max_attempts`,
  );
  const row = rows?.value[0];
  if (!row) return { ok: false, runnableJobs: null, oldestRunnableAgeSeconds: null };
  return {
    ok: true,
    runnableJobs: Number(row.runnable),
    oldestRunnableAgeSeconds: row.oldest === null ? 0 : Math.max(0, Math.round(row.oldest)),
  };
}

async function purgeFailures(): Promise<DetailedHealth["purgeFailures"]> {
  const since = new Date(Date.now() - RECENT_PURGE_FAILURES_MS);
  const found = await timed(() =>
    Promise.all([
      db().cachePurgeFailure.count({ where: { createdAt: { gte: since } } }),
      db().cachePurgeFailure.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    ]),
  );
  if (!found) return { lastHour: null, latestAt: null };
  const [lastHour, latest] = found.value;
  return { lastHour, latestAt: latest?.createdAt.toISOString() ?? null };
}

/** What an operator (or a monitor with HEALTH_TOKEN) wants to know about this instance. */
export async function detailedHealth(): Promise<DetailedHealth> {
  const settings = liveEnv();
  const [database, redis, queue, purges] = await Promise.all([
    timed(() => db().$queryRaw`SELECT 1`),
    settings.REDIS_URL ? timed(() => pingRedis(settings.REDIS_URL!, 1_000)) : undefined,
    queueLag(),
    purgeFailures(),
  ]);
  const result: DetailedHealth = {
    ok: false,
    database: { ok: database !== null, latencyMs: database?.ms ?? null },
    redis: redis === undefined ? null : { ok: redis !== null, latencyMs: redis?.ms ?? null },
    queue,
    purgeFailures: purges,
  };
  result.ok = result.database.ok && (result.redis?.ok ?? true) && queue.ok;
  return result;
}
