import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { liveEnv } from "@/lib/env";

// Reader ids are signed with the server's secret so a reader cannot pick
// someone else's id; addresses are keyed hashes so none is stored in clear.
function secret(): string {
  const value = liveEnv().BETTER_AUTH_SECRET;
  if (!value) throw new Error("BETTER_AUTH_SECRET is not set (the server start-up sets it)");
  return value;
}

function sign(value: string): string {
  return createHmac("sha256", secret()).update(value).digest("base64url");
}

function verify(value: string, signature: string): boolean {
  const expected = Buffer.from(sign(value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const READER_COOKIE = "reader";

/** A new anonymous reader id and the cookie value that carries it. */
export function newReader(): { id: string; cookie: string } {
  const id = randomUUID();
  return { id, cookie: `${id}.${sign(`reader:${id}`)}` };
}

/** The reader id in a cookie value, when its signature holds. */
export function readerFromCookie(cookie: string | undefined): string | null {
  if (!cookie) return null;
  const [id, signature] = cookie.split(".");
  return id && signature && /^[0-9a-f-]{36}$/.test(id) && verify(`reader:${id}`, signature) ? id : null;
}

export function hashAddress(ip: string): string {
  return createHmac("sha256", secret()).update(`address:${ip}`).digest("hex").slice(0, 32);
}
