import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";

const locales: readonly string[] = routing.locales;

/** The browser's languages (primary subtags, "*" for any) that it accepts, best first. */
function rankedLanguages(acceptLanguage: string | null): { language: string; q: number }[] {
  return (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.language !== "" && entry.q > 0)
    .sort((a, b) => b.q - a.q);
}

/** The best locale we serve among the browser's languages, by quality; null when none. */
export function acceptLanguageLocale(acceptLanguage: string | null): Locale | null {
  const match = rankedLanguages(acceptLanguage).find((entry) => locales.includes(entry.language));
  return (match?.language as Locale | undefined) ?? null;
}

/**
 * The locale for a URL that names none (`/`, or an unknown path): the
 * browser's Accept-Language when it names a language we serve, then the
 * `NEXT_LOCALE` cookie left by the last language read, then English.
 */
export function preferredLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  const fromCookie = cookieValue && locales.includes(cookieValue) ? (cookieValue as Locale) : null;
  return acceptLanguageLocale(acceptLanguage) ?? fromCookie ?? routing.defaultLocale;
}

/**
 * The cookie only decides for browsers whose languages include none of
 * ours, so only they are given one. Everyone else gets cookie-free
 * responses that a CDN may share (crawlers send no Accept-Language and
 * keep no cookies). "*" (any language, what Node's fetch and some tools
 * send) asks for none in particular, like no header at all.
 */
export function shouldRememberLocale(acceptLanguage: string | null): boolean {
  const ranked = rankedLanguages(acceptLanguage);
  return (
    ranked.length > 0 &&
    !ranked.some((entry) => entry.language === "*") &&
    acceptLanguageLocale(acceptLanguage) === null
  );
}
