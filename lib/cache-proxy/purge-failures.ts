import "server-only";
import { db } from "@/lib/db/client";

/** Logs a purge the proxy did not confirm and keeps a row of it; never throws. */
export async function recordPurgeFailure(proxyUrl: string, keys: string, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Cache proxy purge failed at ${proxyUrl} for "${keys}": ${reason}`);
  try {
    await db().cachePurgeFailure.create({
      data: { proxyUrl: proxyUrl.slice(0, 500), keys: keys.slice(0, 5_000), error: reason.slice(0, 1_000) },
    });
  } catch (recordError) {
    console.error("Could not record the failed purge:", recordError);
  }
}
