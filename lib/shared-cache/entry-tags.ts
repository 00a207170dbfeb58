import type { CacheHandler } from "next/dist/server/lib/incremental-cache";
import type { IncrementalCacheValue } from "next/dist/server/response-cache";

type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = Parameters<CacheHandler["set"]>[2];

// Next lists a rendered page's tags (its data's tags and the implicit
// per-path ones) in this stored header.
const PAGE_TAGS_HEADER = "x-next-cache-tags";

/** The tags an entry depends on, stored with it: a data entry's own, a page's header. */
export function entryTags(value: IncrementalCacheValue | null, context: SetContext): string[] {
  if ("fetchCache" in context && context.fetchCache) return [...(context.tags ?? [])];
  if (value && "headers" in value && value.headers) {
    const header = value.headers[PAGE_TAGS_HEADER];
    if (typeof header === "string") return header.split(",").filter(Boolean);
  }
  return [];
}

/** Tags the reader adds: a data entry's tags and the page's implicit ones (revalidatePath). */
export function requestTags(context: GetContext): string[] {
  if ("tags" in context || "softTags" in context) {
    const fetchContext = context as { tags?: string[]; softTags?: string[] };
    return [...(fetchContext.tags ?? []), ...(fetchContext.softTags ?? [])];
  }
  return [];
}
