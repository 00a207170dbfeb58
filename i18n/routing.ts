import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "ar"],
  defaultLocale: "en",
  localePrefix: "always",
  // Per-locale story slugs make next-intl's automatic alternate `Link`
  // header wrong; alternates come from the database instead.
  alternateLinks: false,
});
