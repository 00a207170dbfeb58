import { timingSafeEqual } from "node:crypto";

/**
 * Whether an Authorization header carries METRICS_TOKEN. Behind the proxy
 * every request comes from loopback, so the address proves nothing; without
 * a configured token nobody may read the figures.
 */
export function metricsAuthorized(authorization: string | null, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
