import type { Locale } from "next-intl";
import { preferredLocale } from "@/i18n/preferred-locale";
import { localeFacts } from "@/lib/locale/locale-facts";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

/**
 * Small, complete HTML pages for requests the server refuses before Next
 * renders anything (too large, foreign origin, stale form, database down).
 * Plain HTML with no script, so the words show even without JavaScript.
 */
export type RefusalKind = "tooLarge" | "foreignOrigin" | "unsupportedType" | "staleAction" | "unavailable";

const messages = { en, ar } as const;
const LOCALE_COOKIE = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/;

/** The page's language: the path's locale, else the reader's preference. */
export function refusalLocale(
  url: string,
  headers: { cookie?: string | undefined; "accept-language"?: string | undefined },
): Locale {
  const first = url.split(/[/?]/)[1];
  if (first === "en" || first === "ar") return first;
  return preferredLocale(headers.cookie?.match(LOCALE_COOKIE)?.[1], headers["accept-language"] ?? null);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function refusalPage(kind: RefusalKind, locale: Locale): string {
  const words = messages[locale];
  const { title, body } =
    kind === "unavailable"
      ? words.Error
      : kind === "staleAction"
        ? { title: words.Error.staleTitle, body: words.Error.staleBody }
        : words.HttpError[kind];
  const facts = localeFacts(locale);
  return `<!DOCTYPE html>
<html lang="${facts.tag}" dir="${facts.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;margin:0;padding:3rem 1.5rem;color:#1a1a1a}main{max-inline-size:36rem;margin:auto}</style></head>
<body><main id="main"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="/${locale}">${escapeHtml(words.HttpError.backHome)}</a></p></main></body>
</html>
`;
}
