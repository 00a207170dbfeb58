import "server-only";
import { db } from "@/lib/db/client";
import { CACHE_HARD_PURGE_TASK } from "@/lib/jobs/job-calls";
import { currentRequestId } from "@/lib/logging/request-log-context";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

// Longer than the proxy waits for a page's first byte (first_byte_timeout,
// 30 s in scripts/cache-proxy/varnish.ts): by then any render that started
// before the withdrawal was saved has either reached the proxy, and is
// keyed and purgeable, or been given up.
const REPURGE_AFTER_SECONDS = 35;

/**
 * A withdrawal is purged once more, a little later, by the job queue, which
 * retries it with backoff while a proxy is unreachable: a withdrawn page
 * must not stay for a day because one purge failed. It is also the backstop
 * for a render in flight at the moment of the withdrawal, which the
 * outdated mark (lib/cache-proxy/invalidation-feed.ts) keeps out of the
 * proxy unless that announcement itself was lost.
 */
export async function queueWithdrawalRepurge(hardKeys: string): Promise<void> {
  try {
    await db().$executeRaw`SELECT graphile_worker.add_job(
      ${CACHE_HARD_PURGE_TASK}, json_build_object('keys', ${hardKeys}::text, 'requestId', ${currentRequestId()}::text),
      run_at => now() + make_interval(secs => ${REPURGE_AFTER_SECONDS}), max_attempts => 25)`;
  } catch (error) {
    log().error({ keys: hardKeys, err: errorText(error) }, "withdrawal's second purge not queued");
  }
}
