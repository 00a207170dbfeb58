import type { Locale } from "next-intl";
import type { Metadata } from "next";
import { localeFacts } from "@/lib/locale/locale-facts";

export interface LanguageVersion {
  locale: Locale;
  path: string;
}

/**
 * Canonical (always the page itself) and hreflang alternates for every
 * published language version, plus x-default. Each version computes the
 * same set, so the links are reciprocal; x-default is the English version
 * when there is one, so it too is the same from every version.
 */
export function languageAlternates(self: LanguageVersion, others: LanguageVersion[]): Metadata["alternates"] {
  const versions = [self, ...others.filter((other) => other.locale !== self.locale)];
  const fallback = versions.find((version) => version.locale === "en") ?? versions[0]!;
  const languages: Record<string, string> = {};
  for (const version of [...versions].sort((a, b) => a.locale.localeCompare(b.locale))) {
    languages[localeFacts(version.locale).tag] = version.path;
  }
  languages["x-default"] = fallback.path;
  return { canonical: self.path, languages };
}
