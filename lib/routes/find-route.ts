import { routing } from "@/i18n/routing";
import {
  compareSpecificity,
  matchSegments,
  parsePattern,
  pathParts,
  type RouteParams,
} from "@/lib/routes/route-pattern";
import { ROUTES, type RouteRow } from "@/lib/routes/route-table";

export interface RouteMatch {
  row: RouteRow;
  params: RouteParams;
}

// Most specific first, so the first match is the route Next would choose;
// parsed once, as this runs several times for every request.
const BY_SPECIFICITY = [...ROUTES]
  .sort((a, b) => compareSpecificity(a.pattern, b.pattern))
  .map((row) => ({ row, segments: parsePattern(row.pattern) }));

// The server's steps, proxy.ts and the surrogate keys each ask about the
// same path in turn: the last answer is kept, so a request walks the table once.
let last: { pathname: string; match: RouteMatch | null } | null = null;

/** The route that answers `pathname` (percent-encoded, without the query), or null for paths no route claims ("/" and the like). */
export function findRoute(pathname: string): RouteMatch | null {
  if (last?.pathname === pathname) return last.match;
  const parts = pathParts(pathname);
  let match: RouteMatch | null = null;
  for (const { row, segments } of BY_SPECIFICITY) {
    const params = matchSegments(segments, parts, routing.locales);
    if (params) {
      match = { row, params };
      break;
    }
  }
  last = { pathname, match };
  return match;
}

/** Whether a route's first segment is the locale. */
export function isLocalized(row: RouteRow): boolean {
  return row.pattern.startsWith("/[locale]");
}

/** A route's area: the locale and its first literal ("/[locale]/newsroom"), or its first literal ("/api"). */
export function areaOf(pattern: string): string | null {
  const [first, second] = parsePattern(pattern);
  if (first?.kind === "dynamic" && first.text === "locale") {
    return second?.kind === "static" ? `/[locale]/${second.text}` : null;
  }
  return first?.kind === "static" ? `/${first.text}` : null;
}

/** The routes of each area ("/[locale]/newsroom", "/api"…). */
export const ROUTES_BY_AREA: ReadonlyMap<string, readonly RouteRow[]> = (() => {
  const areas = new Map<string, RouteRow[]>();
  for (const row of ROUTES) {
    const area = areaOf(row.pattern);
    if (area) areas.set(area, [...(areas.get(area) ?? []), row]);
  }
  return areas;
})();

function areaOfPath(pathname: string): string {
  const [first = "", second = ""] = pathname.split("/").filter(Boolean);
  return (routing.locales as readonly string[]).includes(first) ? `/[locale]/${second}` : `/${first}`;
}

/**
 * A property of the route answering `pathname`. A path no route of its own
 * claims ("/en/newsroom/nonsense", answered by the catch-all's 404) takes
 * its area's value when every route there agrees, so a mistyped newsroom
 * address is still treated as the newsroom's.
 */
export function routeProperty<T>(pathname: string, pick: (row: RouteRow) => T, fallback: T): T {
  const match = findRoute(pathname);
  const claimed = match && !match.row.pattern.includes("[...");
  if (claimed) return pick(match.row);
  const values = new Set((ROUTES_BY_AREA.get(areaOfPath(pathname)) ?? []).map(pick));
  if (values.size === 1) return [...values][0]!;
  return match ? pick(match.row) : fallback;
}
