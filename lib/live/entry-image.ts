import "server-only";
import { db } from "@/lib/db/client";
import { uploadId } from "@/lib/media/image-variants";
import { mediaPath, storeImage, uploadProblem, type UploadError } from "@/lib/newsroom/media/image-store";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

/** An entry form's image once stored: the form carries its id until the entry is saved. */
export interface FormImage {
  id: string;
  src: string;
  width: number;
  height: number;
}

/**
 * An image uploaded with an earlier, refused send of the same form, by its
 * id: its address and size come from the library, never from the form.
 */
export async function keptImage(id: string | null): Promise<FormImage | null> {
  if (!id || !/^[0-9a-f]{64}$/.test(id)) return null;
  const asset = await db().mediaAsset.findUnique({ where: { id }, select: { width: true, height: true } });
  return asset ? { id, src: mediaPath(id), width: asset.width, height: asset.height } : null;
}

/**
 * The image an entry form brings, through the story images' own pipeline
 * (real type, size and dimensions checked from the header, re-encoded,
 * within the member's quota): a new upload, stored now, so that a form
 * refused for another field keeps it; else the one kept from an earlier
 * send; else none. The caller has checked the member's right first.
 */
export async function entryFormImage(
  user: NewsroomUser,
  upload: File | null,
  keptId: string | null,
): Promise<{ image: FormImage | null; error?: UploadError }> {
  const kept = await keptImage(keptId);
  if (!upload) return { image: kept };
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const problem = uploadProblem(bytes);
  if (problem) return { image: kept, error: problem };
  const stored = await storeImage(bytes, user.id);
  if (!stored.ok) return { image: kept, error: stored.error };
  const { src, width, height } = stored;
  return { image: { id: uploadId(src)!, src, width, height } };
}
