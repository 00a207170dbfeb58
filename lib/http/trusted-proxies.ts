import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import proxyAddr from "proxy-addr";

/**
 * Which peers may tell us about the original request (X-Forwarded-For,
 * -Host, -Proto). TRUSTED_PROXIES is a comma-separated list of addresses,
 * CIDR ranges and the word "loopback"; unset means nobody is believed, so a
 * client cannot pick its own address, host or scheme. Matching (IPv4 peers
 * seen as "::ffff:a.b.c.d" included) and walking the X-Forwarded-For chain
 * are proxy-addr's, as in Express.
 */
export type TrustedProxies = {
  trusts(address: string): boolean;
  /** The client: the rightmost X-Forwarded-For hop that is not itself a trusted proxy, or the peer. */
  clientOf(peer: string, forwardedFor: string): string;
};

/** "::ffff:10.0.0.1" is how a dual-stack socket reports an IPv4 peer. */
export function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

// Checked here rather than left to proxy-addr, which also takes netmasks
// and names ("linklocal") the setting does not promise, and whose errors
// do not name the entry.
function entryProblem(entry: string): string | null {
  if (entry === "loopback") return null;
  const [address = "", bits, extra] = entry.split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return `"${entry}" is not an address or CIDR range`;
  if (bits === undefined) return null;
  const max = family === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max ? null : `"${entry}" has a bad prefix length`;
}

export function trustedProxyEntries(setting: string | undefined): string[] {
  return (setting ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** The first problem in a TRUSTED_PROXIES value, for start-up validation. */
export function trustedProxiesProblem(setting: string | undefined): string | null {
  for (const entry of trustedProxyEntries(setting)) {
    const problem = entryProblem(entry);
    if (problem) return problem;
  }
  return null;
}

/** The little of a request proxy-addr reads: the peer and X-Forwarded-For. */
function forwardedRequest(peer: string, forwardedFor: string): IncomingMessage {
  const request: Pick<IncomingMessage, "headers"> & { socket: { remoteAddress: string } } = {
    socket: { remoteAddress: peer },
    headers: { "x-forwarded-for": forwardedFor },
  };
  return request as IncomingMessage;
}

export function trustedProxies(setting: string | undefined): TrustedProxies {
  const entries = trustedProxyEntries(setting);
  for (const entry of entries) {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`TRUSTED_PROXIES: ${problem}`);
  }
  const trust = proxyAddr.compile(entries);
  const trusts = (address: string) => isIP(address.trim()) !== 0 && trust(address.trim(), 0);
  return {
    trusts,
    clientOf: (peer, forwardedFor) => plainAddress(proxyAddr(forwardedRequest(peer, forwardedFor), trusts)),
  };
}
