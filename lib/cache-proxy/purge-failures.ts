import "server-only";
import { db } from "@/lib/db/client";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

/** Keeps a row of a purge the proxy did not confirm (sendPurge logged and counted it); never throws. */
export async function recordPurgeFailure(proxyUrl: string, keys: string, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  try {
    await db().cachePurgeFailure.create({
      data: { proxyUrl: proxyUrl.slice(0, 500), keys: keys.slice(0, 5_000), error: reason.slice(0, 1_000) },
    });
  } catch (recordError) {
    log().error({ proxy: proxyUrl, keys, err: errorText(recordError) }, "failed purge not recorded");
  }
}
