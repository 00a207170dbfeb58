import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import { z } from "zod";
import { keyPointsSchema } from "@/lib/live/live-entry-fields";
import { fieldErrorCodes } from "@/lib/newsroom/editor/translation-fields";
import { runningLiveStory, type LiveCommandResult } from "@/lib/live/live-entry-commands";

/** Rewrites the pinned key points above one language's entries (empty hides the block). */
export async function setKeyPoints(
  actor: NewsroomUser | null,
  request: { storyId: number; locale: Locale; keyPoints: string },
): Promise<LiveCommandResult> {
  const { storyId, locale } = request;
  if (!can(actor, { type: "translation.publish", locale })) return { ok: false, kind: "forbidden" };
  const parsed = z.object({ keyPoints: keyPointsSchema }).safeParse({ keyPoints: request.keyPoints });
  if (!parsed.success) {
    return { ok: false, kind: "invalid", errors: fieldErrorCodes<"keyPoints">(parsed.error.issues) };
  }
  return db().$transaction(async (tx): Promise<LiveCommandResult> => {
    const story = await runningLiveStory(tx, storyId);
    if (!story) return { ok: false, kind: "not-found" };
    const updated = await tx.storyTranslation.updateMany({
      where: { storyId, locale },
      data: { keyPoints: parsed.data.keyPoints },
    });
    if (updated.count === 0) return { ok: false, kind: "not-found" };
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "live.keypoints",
      subject: `story:${storyId}/${locale}`,
    });
    return { ok: true, tags: [cacheTags.live(storyId, locale)] };
  });
}

/**
 * Ends the coverage: no more entries, the page stays as an archive, and the
 * lists stop calling it live.
 */
export async function endCoverage(
  actor: NewsroomUser | null,
  request: { storyId: number },
): Promise<LiveCommandResult> {
  if (!can(actor, { type: "story.edit" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<LiveCommandResult> => {
    const story = await runningLiveStory(tx, request.storyId);
    if (!story) return { ok: false, kind: "not-found" };
    if (story.ended) return { ok: false, kind: "not-allowed-now" };
    await tx.story.update({ where: { id: request.storyId }, data: { liveEndedAt: new Date() } });
    await recordAudit(tx, { actorId: actor!.id, action: "live.end", subject: `story:${request.storyId}` });
    return {
      ok: true,
      tags: [cacheTags.story(request.storyId), ...routing.locales.map((locale) => cacheTags.lists(locale))],
    };
  });
}
