import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { requestFacts, type RequestFacts } from "@/lib/http/client-ip";
import { CLIENT_IP_HEADER, REQUEST_HOST_HEADER, REQUEST_PROTO_HEADER } from "@/lib/http/request-headers";
import { usesNonce, withScriptHashes } from "@/lib/http/content-security-policy";
import type { TrustedProxies } from "@/lib/http/trusted-proxies";

const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
];

/**
 * Settles who is asking before Next runs: writes the client address, host
 * and scheme into headers the app can trust, drops X-Forwarded-* unless a
 * trusted proxy sent them (Next's own Server Action origin check reads
 * X-Forwarded-Host). The headers every response carries come from
 * next.config.ts, newsroom pages' nonce from proxy.ts; every other response
 * gets the reading pages' policy, to which the server adds the inline
 * scripts' hashes once an HTML page's bytes are known.
 */
export function prepareRequest(
  req: IncomingMessage,
  res: ServerResponse,
  proxies: TrustedProxies,
): RequestFacts {
  const encrypted = Boolean((req.socket as Partial<TLSSocket>).encrypted);
  const facts = requestFacts(req.socket.remoteAddress, encrypted, req.headers, proxies);
  if (!proxies.trusts(req.socket.remoteAddress ?? "")) {
    for (const header of FORWARDED) delete req.headers[header];
  }
  req.headers[CLIENT_IP_HEADER] = facts.clientIp;
  req.headers[REQUEST_HOST_HEADER] = facts.host;
  req.headers[REQUEST_PROTO_HEADER] = facts.https ? "https" : "http";

  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  if (!usesNonce(pathname)) res.setHeader("Content-Security-Policy", withScriptHashes([], facts.https));
  // A client's own CSP request header would otherwise hand Next a nonce to
  // print into a cached reading page (proxy.ts writes the newsroom's own).
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  return facts;
}

/** Cookies are Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export function secureCookies(res: ServerResponse, https: boolean): void {
  const cookies = res.getHeader("set-cookie");
  if (!https || cookies === undefined) return;
  const list = Array.isArray(cookies) ? cookies : [String(cookies)];
  res.setHeader(
    "set-cookie",
    list.map((cookie) => (/;\s*secure\s*(?:;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`)),
  );
}
