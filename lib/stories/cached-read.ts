import "server-only";
import { unstable_cache } from "next/cache";
import { withDatabase } from "@/lib/db/availability";

/**
 * The one way reading data is cached. The key is the read's name and its
 * arguments, so it cannot drift from what the read depends on; the tags are
 * the ones commands expire (`cacheTags`); and the read goes through
 * `withDatabase`, so an outage is remembered for the 503 answer and never
 * stored as a result.
 */
export function cachedRead<T>(
  read: { name: string; args: (string | number | null)[]; tags: string[]; revalidate?: number },
  load: () => Promise<T>,
): Promise<T> {
  const { name, args, tags, revalidate } = read;
  return unstable_cache(() => withDatabase(load), [name, ...args.map(String)], {
    tags,
    ...(revalidate === undefined ? {} : { revalidate }),
  })();
}
