import type { routing } from "@/i18n/routing";
import type messages from "@/messages/en.json";

// Typed keys and locales: a missing or misspelt message key, or a locale we
// do not serve, fails `tsc` instead of showing a fallback at run time.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
