import type { TrustedProxies } from "@/lib/http/trusted-proxies";
import { plainAddress } from "@/lib/http/trusted-proxies";
import { CLIENT_IP_HEADER } from "@/lib/http/request-headers";

export function clientIp(headers: { get(name: string): string | null }): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}

export type RequestFacts = { clientIp: string; host: string; https: boolean };

type Headers = Record<string, string | string[] | undefined>;

function list(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Who asked, for which host, over which scheme. X-Forwarded-* are believed
 * only when the connection comes from a trusted proxy; the client is then
 * the rightmost X-Forwarded-For hop that is not itself a trusted proxy
 * (everything left of it could have been written by the client).
 */
export function requestFacts(
  peer: string | undefined,
  encrypted: boolean,
  headers: Headers,
  proxies: TrustedProxies,
): RequestFacts {
  const socketAddress = plainAddress(peer ?? "unknown");
  const own: RequestFacts = { clientIp: socketAddress, host: list(headers.host)[0] ?? "", https: encrypted };
  if (!proxies.trusts(socketAddress)) return own;
  const client = proxies.clientOf(socketAddress, list(headers["x-forwarded-for"]).join(", "));
  // Each proxy appends; the first value is what the outermost one saw.
  const proto = list(headers["x-forwarded-proto"])[0]?.toLowerCase();
  return {
    clientIp: client,
    host: list(headers["x-forwarded-host"])[0] ?? own.host,
    https: proto ? proto === "https" : encrypted,
  };
}
