import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import {
  CLIENT_IP_HEADER,
  REQUEST_HOST_HEADER,
  REQUEST_PROTO_HEADER,
  requestFacts,
  type RequestFacts,
} from "@/lib/http/client-ip";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/scripts/server/security-headers";
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
 * X-Forwarded-Host), and sets the security headers every response carries.
 * Newsroom pages also get their CSP as a request header, which is where
 * Next reads the nonce it puts on its scripts.
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

  for (const [name, value] of Object.entries(baseSecurityHeaders(facts.https))) res.setHeader(name, value);
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const { policy, nonce } = contentSecurityPolicy(pathname, facts.https);
  res.setHeader("Content-Security-Policy", policy);
  // A client's own CSP request header would otherwise hand Next a nonce to
  // print into a cached reading page.
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  if (nonce) req.headers["content-security-policy"] = policy;
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
