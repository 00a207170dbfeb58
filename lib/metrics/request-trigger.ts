import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "@/lib/runtime/process-singleton";

/**
 * Why the server is rendering: a reader's or a cache's read (GET, HEAD), or
 * a post that answers with the page (a Server Action, a form). A comment's
 * poster gets the page back from their own post; what matters under load is
 * how often reads make the origin render.
 */
export type RenderTrigger = "read" | "post";

// The custom server sets it around Next's handling of each request.
const storage = processSingleton("render-trigger", () => new AsyncLocalStorage<RenderTrigger>());

export function withRenderTrigger<T>(method: string | undefined, run: () => T): T {
  return storage.run(method === "GET" || method === "HEAD" ? "read" : "post", run);
}

/** "read" outside a request the custom server wrapped (a build, `next dev` without it). */
export function currentRenderTrigger(): RenderTrigger {
  return storage.getStore() ?? "read";
}
