import type { IncomingMessage, ServerResponse } from "node:http";
import { bodyLimitFor } from "@/scripts/server/body-limits";
import { refusalLocale, refusalPage, type RefusalKind } from "@/lib/http/refusal-page";
import { isSameOrigin } from "@/lib/http/same-origin";
import { REQUEST_PROTO_HEADER } from "@/lib/http/request-headers";
import { withScriptHashes } from "@/lib/http/content-security-policy";
import { baseSecurityHeaders } from "@/lib/http/static-headers";

const REFUSAL_STATUS: Record<Exclude<RefusalKind, "unavailable" | "staleAction">, number> = {
  tooLarge: 413,
  foreignOrigin: 403,
  unsupportedType: 415,
};

/**
 * Answers with a localized refusal page and closes the connection, then
 * turns every later write by Next into a no-op: Next may still be running
 * for this request (a chunked body refused half way) and must not touch it.
 */
export function refuse(req: IncomingMessage, res: ServerResponse, kind: keyof typeof REFUSAL_STATUS): void {
  const html = refusalPage(kind, refusalLocale(req.url ?? "/", req.headers));
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  // Answered before Next, so without next.config.ts's headers: the same ones, here.
  const https = req.headers[REQUEST_PROTO_HEADER] === "https";
  res.writeHead(REFUSAL_STATUS[kind], {
    ...baseSecurityHeaders(https),
    "Content-Security-Policy": withScriptHashes([], https),
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "Cache-Control": "no-store",
    Connection: "close",
  });
  res.end(req.method === "HEAD" ? undefined : html, () => req.socket.destroy());
  const ignore = () => res;
  Object.assign(res, {
    writeHead: ignore,
    setHeader: ignore,
    removeHeader: ignore,
    write: () => true,
    end: ignore,
  });
}

/** Counts a streamed (chunked) body as it arrives; past the limit, stops reading and refuses. */
function limitStreamedBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  const push = req.push.bind(req);
  let received = 0;
  let refused = false;
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (refused) return false;
    if (chunk !== null && chunk !== undefined) received += Buffer.byteLength(chunk as Buffer);
    if (received <= limit) return push(chunk, encoding);
    // Nothing past the limit reaches Next, and nothing is ever parsed from
    // a truncated body: the request is refused, not ended early.
    refused = true;
    refuse(req, res, "tooLarge");
    return false;
  };
}

/**
 * Runs before Next sees a request: refuses cross-site posts (403) and bodies
 * over the route's limit (413, by Content-Length at once, by counting when
 * chunked). Returns true when it answered the request itself.
 *
 * Next checks a Server Action's Origin itself (with
 * `experimental.serverActions.allowedOrigins` from ALLOWED_ORIGINS), but
 * only after reading the action id, and answers a foreign one with a bare
 * 500 (a 404 for an unknown id), no page a person can read; and a foreign
 * post that is no action at all reaches the page. This check answers all
 * of them with the localized 403 (tests/e2e/security-headers.spec.ts).
 */
export function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  requestHost: string,
  allowedOrigins: readonly string[],
): boolean {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const safe = req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS";
  if (!safe && !isSameOrigin(req.headers.origin, requestHost, allowedOrigins)) {
    refuse(req, res, "foreignOrigin");
    return true;
  }
  const limit = bodyLimitFor(pathname);
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    refuse(req, res, "tooLarge");
    return true;
  }
  if (req.headers["transfer-encoding"] !== undefined) limitStreamedBody(req, res, limit);
  return false;
}
