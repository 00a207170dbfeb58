import { preferredLocale } from "@/i18n/preferred-locale";

const LOCALE_COOKIE = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/;

/**
 * Next.js answers a path with broken percent-encoding ("/en/story/%E0%A4")
 * with a bare 500 before any route or proxy can step in. Given such a
 * request, this returns the path of a localized 404 page to serve instead;
 * null when the path decodes fine.
 */
export function notFoundPathForMalformed(
  url: string,
  cookieHeader: string | undefined,
  acceptLanguage: string | undefined,
): string | null {
  const pathname = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const first = pathname.split("/")[1];
    const fromPath = first === "en" || first === "ar" ? first : undefined;
    const locale =
      fromPath ?? preferredLocale(cookieHeader?.match(LOCALE_COOKIE)?.[1], acceptLanguage ?? null);
    return `/${locale}/__not-found__`;
  }
}
