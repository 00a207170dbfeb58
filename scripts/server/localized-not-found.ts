import type { IncomingMessage, ServerResponse } from "node:http";
import { listFirstPagePath } from "@/lib/urls/list-page-paths";
import { notFoundPathForMalformed } from "@/scripts/server/malformed-path";
import { outgoingHeader } from "@/scripts/server/outgoing-header";
import { type ResponseStep } from "@/scripts/server/response-steps";

export const NOT_FOUND_PAGE = "page-not-found";

function localeOf(url: string): "en" | "ar" {
  return url.split("/")[1] === "ar" ? "ar" : "en";
}

function isHtml(res: ServerResponse, rest: unknown[]): boolean {
  return outgoingHeader(res, rest, "content-type").includes("text/html");
}

/**
 * Next 16 answers notFound() with the right status but an empty HTML shell
 * whose content only appears once JavaScript runs (vercel/next.js#98295).
 * For page loads (not client navigations) this swaps that body for the
 * server-rendered localized 404 page, keeping the 404 status.
 */
export function localizedNotFoundStep(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): ResponseStep | null {
  if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.rsc) return null;
  const locale = localeOf(notFoundPathForMalformed(req.url ?? "/", undefined, undefined) ?? req.url ?? "/");
  // A list's page past its end says so, and links to the list's first page.
  const firstPage = listFirstPagePath((req.url ?? "/").split("?")[0]!);
  const notFoundPage = firstPage
    ? `${NOT_FOUND_PAGE}/list?first=${encodeURIComponent(firstPage)}`
    : NOT_FOUND_PAGE;
  let replacing = false;

  return {
    writeHead: (next, status, ...rest) => {
      if (status === 404 && isHtml(res, rest)) {
        replacing = true;
        return res;
      }
      return next.writeHead(status, ...rest);
    },
    write: (next, ...args) => (replacing ? true : next.write(...args)),
    end: (next, ...args) => {
      if (!replacing) return next.end(...args);
      fetch(`${origin}/${locale}/${notFoundPage}`, { headers: { "accept-language": locale } })
        .then((page) => page.text())
        .catch(() => "Not found")
        .then((html) => {
          // Next's gzip stream was swallowed with its body; this one goes out plain.
          for (const header of ["content-length", "content-encoding", "etag"]) res.removeHeader(header);
          // Uncached unless the response policy below shares it (a reading
          // page's 404 behind the proxy, keyed like the page).
          if (!res.hasHeader("cache-control")) res.setHeader("cache-control", "no-store");
          next.writeHead(404, { "content-type": "text/html; charset=utf-8" });
          next.end(req.method === "HEAD" ? undefined : html);
        });
      return res;
    },
  };
}
