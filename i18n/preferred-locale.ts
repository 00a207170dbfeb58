import { routing, type AppLocale } from "@/i18n/routing";

/**
 * The locale to answer in when the URL names none we serve: the cookie left
 * by an earlier choice, then Accept-Language, then the default.
 */
export function preferredLocale(cookieValue: string | undefined, acceptLanguage: string | null): AppLocale {
  const locales: readonly string[] = routing.locales;
  if (cookieValue && locales.includes(cookieValue)) return cookieValue as AppLocale;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => locales.includes(entry.language));
  return (match?.language as AppLocale | undefined) ?? routing.defaultLocale;
}
