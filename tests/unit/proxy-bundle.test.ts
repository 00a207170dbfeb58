import { describe, expect, it } from "vitest";
import { runtimeClosure } from "@/tests/support/import-graph";

// proxy.ts runs before every page request. Next bundles it with whatever
// it imports, and one value import of next-intl's main entry (its
// `hasLocale`, three files away) brought React and Next's page runtime into
// that bundle: cached story pages answered 5-8% fewer requests a second
// (docs/benchmarks.md, story latency). Only these packages may load there.
const ALLOWED = ["next/server", "next-intl/middleware", "next-intl/routing"];

describe("proxy.ts's bundle", () => {
  const { files, packages } = runtimeClosure("proxy.ts");

  it("follows proxy.ts's imports through the project (the route table included)", () => {
    expect(files).toContain("lib/routes/route-table.ts");
    expect(files).toContain("i18n/routing.ts");
  });

  it("loads no package beyond Next's request types and next-intl's middleware and routing", () => {
    const extra = [...packages]
      .filter(([name]) => !ALLOWED.includes(name))
      .map(([name, importers]) => `${name} (from ${importers.join(", ")})`);
    expect(extra).toEqual([]);
  });
});
