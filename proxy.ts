import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { preferredLocale } from "@/i18n/preferred-locale";
import { routing } from "@/i18n/routing";

const intl = createMiddleware(routing);

// Looks like a language tag ("fr", "pt-BR") but is not one we serve.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function localizedNotFound(request: NextRequest): NextResponse {
  const locale = preferredLocale(
    request.cookies.get("NEXT_LOCALE")?.value,
    request.headers.get("accept-language"),
  );
  // No route claims this path, so the locale's catch-all answers with the
  // localized 404 page and a real 404 status.
  return NextResponse.rewrite(new URL(`/${locale}/__not-found__`, request.url));
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  const locales: readonly string[] = routing.locales;
  const looksLikeLocale = LANGUAGE_TAG.test(first) && (first.length <= 3 || first.includes("-"));
  if (looksLikeLocale && !locales.includes(first)) return localizedNotFound(request);
  return intl(request);
}

export const config = {
  // Everything but Next internals, API routes and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
