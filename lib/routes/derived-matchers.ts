import { routing } from "@/i18n/routing";
import { parsePattern, patternRegex } from "@/lib/routes/route-pattern";
import { ROUTES } from "@/lib/routes/route-table";
import { areaOf, isLocalized, ROUTES_BY_AREA } from "@/lib/routes/find-route";

/**
 * proxy.ts's `config.matcher`: every path but the routes outside the
 * locale (route handlers, uploads, metrics), Next's internals and files
 * with an extension. Next reads the matcher without running the module,
 * so proxy.ts spells it out and a test holds it to this.
 */
export function proxyMatcher(): string {
  const skipped = new Set<string>();
  for (const row of ROUTES.filter((route) => !isLocalized(route))) {
    const [first, ...rest] = parsePattern(row.pattern);
    // A name with a dot is a file, which the matcher skips anyway.
    if (!first || first.kind !== "static" || first.text.includes(".")) continue;
    skipped.add(rest.length > 0 ? `${first.text}/` : `${first.text}$`);
  }
  return `/((?!${[...skipped].sort().join("|")}|_next|_vercel|.*\\..*).*)`;
}

/**
 * The caching proxy's two path tests (scripts/cache-proxy/site.vcl), as
 * regular expressions over the URL: `passed` goes to the app with its
 * cookies and is never stored; `kept` may be stored, without cookies.
 * An area whose every route is private is passed whole, so a mistyped
 * newsroom address keeps the editor's cookies too.
 */
export function cacheProxyPathTests(): { passed: string; kept: string } {
  const locales = routing.locales;
  const privateAreas = [...ROUTES_BY_AREA]
    .filter(([, rows]) => rows.every((row) => row.caching === "private"))
    .map(([area]) => area);
  const passed = privateAreas.map((area) => patternRegex(area, locales).replace("(?:\\?|$)", "(?:/|\\?|$)"));
  const kept = ROUTES.filter((row) => row.caching !== "private")
    .filter((row) => !privateAreas.includes(areaOf(row.pattern) ?? ""))
    .map((row) => patternRegex(row.pattern, locales));
  return { passed: passed.join("|"), kept: kept.join("|") };
}
