import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "@/lib/runtime/process-singleton";

/**
 * Whether one of our Server Actions started on this request. The custom
 * server records each request; actions say they started (`actionForm`).
 * A 500 to an action post that no action of ours ever saw was Next failing
 * to decode what was sent (a broken multipart body, a malformed argument
 * list), so the request's fault, answered with a 400 page
 * (scripts/server/replace-page.ts), not a server error.
 */
export interface ActionCallRecord {
  started: boolean;
}

// One store for the custom server's copy of this module and Next's bundled one.
const storage = processSingleton("action-call", () => new AsyncLocalStorage<ActionCallRecord>());

export function recordingActionCall<T>(record: ActionCallRecord, run: () => T): T {
  return storage.run(record, run);
}

export function markActionStarted(): void {
  const record = storage.getStore();
  if (record) record.started = true;
}
