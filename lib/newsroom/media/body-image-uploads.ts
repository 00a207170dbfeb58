import "server-only";
import { db } from "@/lib/db/client";
import { bodyImageIds } from "@/lib/markdown/body-images";

/**
 * Whether a body names a picture that was never uploaded: refused on save,
 * since the page could only show a hole where the editor expects a picture.
 */
export async function namesUnknownUpload(body: string): Promise<boolean> {
  const ids = bodyImageIds(body);
  if (ids.length === 0) return false;
  const found = await db().mediaAsset.count({ where: { id: { in: ids } } });
  return found !== ids.length;
}
