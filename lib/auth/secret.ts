import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { liveEnv, setAuthSecret } from "@/lib/env";

const KEY = "auth.secret";

/**
 * Session cookies are signed with BETTER_AUTH_SECRET. When the environment
 * sets none, one is generated once and kept in the database, so that every
 * server process and every restart signs with the same secret.
 */
export async function ensureAuthSecret(prisma: PrismaClient): Promise<void> {
  if (liveEnv().BETTER_AUTH_SECRET) return;
  const generated = randomBytes(32).toString("base64url");
  await prisma.siteSetting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: generated },
    update: {},
  });
  const stored = await prisma.siteSetting.findUniqueOrThrow({ where: { key: KEY } });
  setAuthSecret(stored.value);
}
