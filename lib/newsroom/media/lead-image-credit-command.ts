import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { uploadId } from "@/lib/media/image-variants";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { CREDIT_MAX_LENGTH, mediaCredits, setMediaCredit } from "@/lib/newsroom/media/media-credits";
import { uploadPageTags } from "@/lib/newsroom/media/upload-pages";

async function leadUpload(storyId: number): Promise<string | null> {
  const story = await db().story.findUnique({ where: { id: storyId }, select: { leadImageSrc: true } });
  return story?.leadImageSrc ? uploadId(story.leadImageSrc) : null;
}

/** The credit of a story's uploaded lead image in one language: "" for none yet, null when there is no upload to credit. */
export async function leadImageCreditOf(storyId: number, locale: Locale): Promise<string | null> {
  const id = await leadUpload(storyId);
  return id ? ((await mediaCredits([id], locale)).get(id) ?? "") : null;
}

export type LeadCreditResult =
  { ok: true; changed: boolean; tags: string[] } | { ok: false; kind: "forbidden" | "invalid" | "not-found" };

/**
 * A language desk words the credit of the story's lead image in its own
 * language; empty removes it (the page then shows the other language's).
 * The credit belongs to the upload, so every page showing it is purged.
 */
export async function setLeadImageCredit(
  actor: NewsroomUser | null,
  input: { storyId: number; locale: Locale; credit: string },
): Promise<LeadCreditResult> {
  if (!can(actor, { type: "translation.edit", locale: input.locale }))
    return { ok: false, kind: "forbidden" };
  const text = input.credit.trim().normalize("NFC");
  if (text.length > CREDIT_MAX_LENGTH) return { ok: false, kind: "invalid" };
  const id = await leadUpload(input.storyId);
  if (!id) return { ok: false, kind: "not-found" };
  if (((await mediaCredits([id], input.locale)).get(id) ?? "") === text)
    return { ok: true, changed: false, tags: [] };
  await setMediaCredit(id, input.locale, text);
  return { ok: true, changed: true, tags: await uploadPageTags(db(), id) };
}
