import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ModerationMode = "post" | "pre";
const KEY = "comments.moderation";

/** Post-moderation (comments appear at once) unless the site is set to approve first. */
export async function moderationMode(): Promise<ModerationMode> {
  const setting = await db().siteSetting.findUnique({ where: { key: KEY } });
  return setting?.value === "pre" ? "pre" : "post";
}

export async function setModerationModeValue(
  mode: ModerationMode,
  writer: Pick<Prisma.TransactionClient, "siteSetting"> = db(),
): Promise<void> {
  await writer.siteSetting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: mode },
    update: { value: mode },
  });
}
