import { findRoute } from "@/lib/routes/find-route";
import { DEFAULT_BODY_LIMIT } from "@/lib/routes/route-table";

/**
 * The largest request body a path accepts (its route's, lib/routes/route-table.ts),
 * checked by the server before Next reads a byte; paths are without the query string.
 */
export function bodyLimitFor(pathname: string): number {
  return findRoute(pathname)?.row.bodyLimit ?? DEFAULT_BODY_LIMIT;
}
