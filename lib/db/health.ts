import "server-only";
import { db } from "@/lib/db/client";

/** Whether the database answers a trivial query now. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
