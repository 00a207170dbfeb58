import { BlockList, isIP } from "node:net";

/**
 * Which peers may tell us about the original request (X-Forwarded-For,
 * -Host, -Proto). TRUSTED_PROXIES is a comma-separated list of addresses,
 * CIDR ranges and the word "loopback"; unset means nobody is believed, so a
 * client cannot pick its own address, host or scheme.
 */
export type TrustedProxies = { trusts(address: string): boolean };

const LOOPBACK = ["127.0.0.0/8", "::1/128"];

/** "::ffff:10.0.0.1" is how a dual-stack socket reports an IPv4 peer. */
export function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

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

export function trustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = trustedProxyEntries(setting).flatMap((entry) =>
    entry === "loopback" ? LOOPBACK : [entry],
  );
  for (const entry of entries) {
    if (entryProblem(entry)) throw new Error(`TRUSTED_PROXIES: ${entryProblem(entry)}`);
    const [address = "", bits] = entry.split("/");
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return {
    trusts(address) {
      const plain = plainAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
    },
  };
}
