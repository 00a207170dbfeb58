import { env } from "@/lib/env";
import { REQUEST_HOST_HEADER } from "@/lib/http/request-headers";
import { refusalLocale, refusalPage, type RefusalKind } from "@/lib/http/refusal-page";
import { configuredOrigins, isSameOrigin } from "@/lib/http/same-origin";

const FORM_TYPES = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;|$)/i;

/** A localized HTML refusal, for route handlers (the server sends the same pages). */
export function refusalResponse(request: Request, kind: RefusalKind, status: number): Response {
  const locale = refusalLocale(new URL(request.url).pathname, {
    cookie: request.headers.get("cookie") ?? undefined,
    "accept-language": request.headers.get("accept-language") ?? undefined,
  });
  return new Response(refusalPage(kind, locale), {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Same test as the server's: the request's own host, SITE_URL or ALLOWED_ORIGINS. */
export function sameOriginRequest(request: Request): boolean {
  const host = request.headers.get(REQUEST_HOST_HEADER) ?? request.headers.get("host") ?? "";
  return isSameOrigin(request.headers.get("origin"), host, configuredOrigins(env));
}

/**
 * The body of a plain HTML form post, or the localized answer to give
 * instead: 403 for another site's form, 415 for anything but form
 * encodings (a text/plain post used to throw a 500), 400 for a body that
 * does not parse.
 */
export async function readFormPost(request: Request): Promise<{ form: FormData } | { refusal: Response }> {
  if (!sameOriginRequest(request)) return { refusal: refusalResponse(request, "foreignOrigin", 403) };
  if (!FORM_TYPES.test(request.headers.get("content-type") ?? "")) {
    return { refusal: refusalResponse(request, "unsupportedType", 415) };
  }
  try {
    return { form: await request.formData() };
  } catch {
    return { refusal: refusalResponse(request, "unsupportedType", 400) };
  }
}
