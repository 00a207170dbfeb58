// Route patterns are written the way app/ spells them, without route
// groups: "/[locale]/story/[slug]", "/[locale]/[...rest]". One segment is
// a literal, a [parameter] (one path segment) or a [...catch-all] (one or more).

export type SegmentKind = "static" | "dynamic" | "catchAll";

export interface Segment {
  kind: SegmentKind;
  /** The literal text, or the parameter's name. */
  text: string;
}

export function parsePattern(pattern: string): Segment[] {
  return pattern
    .split("/")
    .filter(Boolean)
    .map((text) => {
      const catchAll = /^\[\.\.\.(\w+)\]$/.exec(text);
      if (catchAll) return { kind: "catchAll", text: catchAll[1]! };
      const dynamic = /^\[(\w+)\]$/.exec(text);
      return dynamic ? { kind: "dynamic", text: dynamic[1]! } : { kind: "static", text };
    });
}

export type RouteParams = Record<string, string | string[]>;

/** A path's segments, as `matchSegments` takes them. */
export function pathParts(pathname: string): string[] {
  return pathname.split("/").filter(Boolean);
}

/**
 * The parameters a path (its `pathParts`) gives a pattern (its parsed
 * `segments`), or null when it does not match. Both are split beforehand
 * because this runs for every row on every request. Segments stay
 * percent-encoded, as they arrive; `[locale]` matches only the locales given.
 */
export function matchSegments(
  segments: readonly Segment[],
  parts: readonly string[],
  locales: readonly string[],
): RouteParams | null {
  const params: RouteParams = {};
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === "catchAll") {
      const rest = parts.slice(index);
      if (rest.length === 0) return null;
      params[segment.text] = rest;
      return params;
    }
    const part = parts[index];
    if (part === undefined) return null;
    if (segment.kind === "static" && part !== segment.text) return null;
    if (segment.kind === "dynamic") {
      if (segment.text === "locale" && !locales.includes(part)) return null;
      params[segment.text] = part;
    }
  }
  return parts.length === segments.length ? params : null;
}

const RANK: Record<SegmentKind, number> = { static: 0, dynamic: 1, catchAll: 2 };

/**
 * Negative when `a` wins over `b` for a path both match, as Next chooses:
 * segment by segment, a literal beats a parameter, which beats a catch-all.
 */
export function compareSpecificity(a: string, b: string): number {
  const left = parsePattern(a);
  const right = parsePattern(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = RANK[left[i]!.kind] - RANK[right[i]!.kind];
    if (difference !== 0) return difference;
  }
  return right.length - left.length;
}

/**
 * The pattern as a regular expression over a URL's path and query, for
 * places that only take one (the caching proxy's VCL): `locale` is the
 * alternation of the locales, a parameter one segment.
 */
export function patternRegex(pattern: string, locales: readonly string[]): string {
  const body = parsePattern(pattern)
    .map((segment) => {
      if (segment.kind === "catchAll") return "/[^?]+";
      if (segment.kind === "static") return `/${segment.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
      return segment.text === "locale" ? `/(?:${locales.join("|")})` : "/[^/?]+";
    })
    .join("");
  return `^${body || "/"}(?:\\?|$)`;
}
