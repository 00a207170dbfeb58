import { defineRouting } from "next-intl/routing";
import type { Locale } from "next-intl";

export const routing = defineRouting({
  locales: ["en", "ar"],
  defaultLocale: "en",
  localePrefix: "always",
  // Per-locale story slugs make next-intl's automatic alternate `Link`
  // header wrong; alternates come from the database instead.
  alternateLinks: false,
});

/**
 * A locale we serve. next-intl's `hasLocale` does the same, but importing it
 * from next-intl's main entry brings React and Next's page runtime into
 * every bundle that reaches this check, proxy.ts's among them (through the
 * route table): a proxy bundle with them answered about 5-8% fewer cached
 * story requests a second (docs/benchmarks.md). tests/unit/proxy-bundle.test.ts
 * keeps them out.
 */
export function isServedLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
