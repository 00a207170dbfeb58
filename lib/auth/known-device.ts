import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { liveEnv } from "@/lib/env";

// A browser that has signed in to an account carries a device id signed
// together with that account's email. Only the server can make one, and it
// proves nothing without the email, so the cookie names no account.
export const KNOWN_DEVICE_COOKIE = "newsroom-device";
export const KNOWN_DEVICE_MAX_AGE = 60 * 60 * 24 * 365;

function signature(deviceId: string, email: string): string {
  const secret = liveEnv().BETTER_AUTH_SECRET;
  if (!secret) throw new Error("BETTER_AUTH_SECRET is not set (the server start-up sets it)");
  return createHmac("sha256", secret).update(`known-device:${deviceId}:${email}`).digest("base64url");
}

/** The cookie value for this browser and account, keeping the browser's id when it has one. */
export function knownDeviceToken(email: string, deviceId: string = randomUUID()): string {
  return `${deviceId}.${signature(deviceId, email)}`;
}

/** The device id in `token` when it was issued for `email`, else null. */
export function knownDeviceId(token: string | undefined, email: string): string | null {
  if (!token || token.length > 200) return null;
  const [deviceId, given] = token.split(".");
  if (!deviceId || !given || !/^[0-9a-f-]{36}$/.test(deviceId)) return null;
  const expected = Buffer.from(signature(deviceId, email));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? deviceId : null;
}
