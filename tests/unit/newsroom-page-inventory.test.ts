import { describe, expect, it } from "vitest";
import { NEWSROOM_PAGE_ACCESS, PUBLIC_NEWSROOM_PAGES } from "@/tests/e2e/support/newsroom-page-access";
import { isDynamicSegment as isDynamic, newsroomPageRoutes } from "@/tests/e2e/support/newsroom-routes";

// The newsroom's pages are read from the file system, so a page added under
// app/[locale]/newsroom or app/[locale]/preview without a row in the access
// matrix (tests/e2e/newsroom-access.spec.ts) fails here.

// The page Next would serve for a matrix row: a static segment wins over a
// dynamic one ("/newsroom/stories/new" is not "/newsroom/stories/[storyId]").
function pageFor(row: string, routes: string[]): string | undefined {
  const rowParts = row.split("/");
  const matches = routes.filter((route) => {
    const parts = route.split("/");
    return (
      parts.length === rowParts.length &&
      parts.every((part, index) => part === rowParts[index] || isDynamic(part))
    );
  });
  const staticParts = (route: string) => route.split("/").filter((part) => !isDynamic(part)).length;
  return matches.sort((a, b) => staticParts(b) - staticParts(a))[0];
}

const withoutLocale = (pathname: string) => pathname.replace(/^\/(en|ar)(?=\/)/, "");
const routes = newsroomPageRoutes();
const rows = NEWSROOM_PAGE_ACCESS.map(([pathname]) => withoutLocale(pathname));
const served = new Set(rows.map((row) => pageFor(row, routes)));

describe("newsroom page inventory", () => {
  it("finds the newsroom's pages and the preview", () => {
    expect(routes).toEqual(expect.arrayContaining(["/newsroom", "/newsroom/sign-in", "/preview/[storyId]"]));
  });

  it("has a row in the access matrix for every newsroom page but the listed public ones", () => {
    const missing = routes.filter((route) => !(route in PUBLIC_NEWSROOM_PAGES) && !served.has(route));
    expect(missing).toEqual([]);
  });

  it("has no row for a page that does not exist", () => {
    const stale = rows.filter((row) => pageFor(row, routes) === undefined);
    expect(stale).toEqual([]);
    expect(Object.keys(PUBLIC_NEWSROOM_PAGES).filter((page) => !routes.includes(page))).toEqual([]);
  });
});
