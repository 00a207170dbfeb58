import "server-only";
import { db } from "@/lib/db/client";

export type ModerationMode = "post" | "pre";
const KEY = "comments.moderation";

/** Post-moderation (comments appear at once) unless the site is set to approve first. */
export async function moderationMode(): Promise<ModerationMode> {
  const setting = await db().siteSetting.findUnique({ where: { key: KEY } });
  return setting?.value === "pre" ? "pre" : "post";
}

export async function setModerationModeValue(mode: ModerationMode): Promise<void> {
  await db().siteSetting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: mode },
    update: { value: mode },
  });
}
