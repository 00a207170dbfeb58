import type { Prisma } from "@/lib/generated/prisma/client";

// Plain module (no "server-only"): `npm run user:unlock` uses it outside Next.

// Emails and addresses hold no spaces (zod's email rule), so a prefix such
// as "pair x@y.z " names exactly one account's rows.
export const throttleKeys = {
  pair: (email: string, address: string) => `pair ${email} ${address.slice(0, 64)}`,
  address: (address: string) => `address ${address.slice(0, 64)}`,
  account: (email: string) => `account ${email}`,
  device: (email: string, deviceId: string) => `device ${email} ${deviceId}`,
  /** Requests for an emailed sign-in link, per address asked for and per client address. */
  linkAccount: (email: string) => `link ${email}`,
  linkAddress: (address: string) => `link-address ${address.slice(0, 64)}`,
};

/** Clears every sign-in throttle row of one account, on every address and device. Returns how many. */
export async function unlockAccount(
  client: Pick<Prisma.TransactionClient, "signInThrottle">,
  email: string,
): Promise<number> {
  const normalized = email.trim().toLowerCase();
  const { count } = await client.signInThrottle.deleteMany({
    where: {
      OR: [
        { key: throttleKeys.account(normalized) },
        { key: throttleKeys.linkAccount(normalized) },
        { key: { startsWith: `pair ${normalized} ` } },
        { key: { startsWith: `device ${normalized} ` } },
      ],
    },
  });
  return count;
}
