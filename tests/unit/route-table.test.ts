import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findRoute, routeProperty } from "@/lib/routes/find-route";
import { cacheProxyPathTests, proxyMatcher } from "@/lib/routes/derived-matchers";
import { ROUTES } from "@/lib/routes/route-table";

const APP = path.resolve(import.meta.dirname, "../../app");

// Files that make a URL answer: pages, route handlers, and the metadata
// routes that generate a file (robots.ts answers /robots.txt).
const ROUTE_FILES: Record<string, (folder: string) => string> = {
  "page.tsx": (folder) => folder,
  "route.ts": (folder) => folder,
  "robots.ts": (folder) => `${folder}/robots.txt`,
  "sitemap.ts": (folder) => `${folder}/sitemap.xml`,
};

function routesInApp(folder = APP, url = ""): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      // A route group, "(site)", is no part of the URL; "_private" folders are no route.
      if (entry.name.startsWith("_")) return [];
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return routesInApp(path.join(folder, entry.name), `${url}${segment}`);
    }
    const toRoute = ROUTE_FILES[entry.name];
    return toRoute ? [toRoute(url) || "/"] : [];
  });
}

describe("the route table", () => {
  it("has one row for every route in app/, and no row without a route", () => {
    const inApp = routesInApp().sort();
    const inTable = ROUTES.map((row) => row.pattern).sort();
    expect(inTable).toEqual([...new Set(inTable)]);
    expect(inTable).toEqual(inApp);
  });

  it("chooses the route Next would: a literal over a parameter over a catch-all", () => {
    expect(findRoute("/en/newsroom/stories/new")?.row.pattern).toBe("/[locale]/newsroom/stories/new");
    expect(findRoute("/en/newsroom/stories/12")?.row.pattern).toBe("/[locale]/newsroom/stories/[storyId]");
    expect(findRoute("/ar/page-not-found")?.row.pattern).toBe("/[locale]/page-not-found");
    expect(findRoute("/en/story/a/b/c")?.row.pattern).toBe("/[locale]/[...rest]");
    expect(findRoute("/fr/story/a")).toBeNull();
    expect(findRoute("/")).toBeNull();
  });

  it("treats a path no route claims inside an area as the area's", () => {
    const csp = (pathname: string) => routeProperty(pathname, (row) => row.csp ?? "hashes", "hashes");
    expect(csp("/en/newsroom/nonsense")).toBe("nonce");
    expect(csp("/en/nonsense")).toBe("hashes");
  });

  it("gives every shared route its surrogate keys, and no private one", () => {
    for (const row of ROUTES) expect(Boolean(row.keys), row.pattern).toBe(row.caching === "shared");
  });

  it("is where proxy.ts's matcher comes from", () => {
    // Read as text: proxy.ts imports next-intl's middleware, which needs Next's runtime.
    const source = readFileSync(path.resolve(APP, "../proxy.ts"), "utf8");
    const literal = /matcher: ("(?:[^"\\]|\\.)*")/.exec(source)?.[1];
    expect(literal && (JSON.parse(literal) as string)).toBe(proxyMatcher());
  });

  it("tells the caching proxy what to pass and what to keep", () => {
    const { passed, kept } = cacheProxyPathTests();
    const passes = (url: string) => new RegExp(passed).test(url);
    const keeps = (url: string) => !passes(url) && new RegExp(kept).test(url);
    for (const url of ["/en/newsroom", "/ar/newsroom/stories/3/en?x=1", "/en/preview/3", "/api/reads"]) {
      expect(passes(url), url).toBe(true);
    }
    for (const url of ["/en", "/ar?x=1", "/en/story/a", "/en/unknown", "/sitemap.xml", "/media/3/large"]) {
      expect(keeps(url), url).toBe(true);
    }
    expect(keeps("/")).toBe(false);
  });
});
