import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";
import { db } from "@/lib/db/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import { parseDisclaimer, type DisclaimerError } from "@/lib/opinion/opinion-disclaimer-fields";
import { writeOpinionDisclaimer } from "@/lib/opinion/opinion-disclaimer";

export type DisclaimerResult =
  | ({ ok: true } & Invalidation)
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "invalid"; error: DisclaimerError };

/**
 * Sets the note under one language's opinion pieces. Those who may publish
 * in the language may word it (editors and admins; translators never): it
 * speaks for the site. The language's story pages are purged softly, as an edit.
 */
export async function setOpinionDisclaimer(
  actor: NewsroomUser | null,
  request: { locale: Locale; text: string },
): Promise<DisclaimerResult> {
  if (!can(actor, { type: "translation.publish", locale: request.locale })) {
    return { ok: false, kind: "forbidden" };
  }
  const parsed = parseDisclaimer(request.text);
  if (!parsed.ok) return { ok: false, kind: "invalid", error: parsed.error };
  await db().$transaction(async (tx) => {
    await writeOpinionDisclaimer(tx, request.locale, parsed.text);
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "opinion.disclaimer",
      subject: `opinion-disclaimer:${request.locale}`,
      details: { text: parsed.text },
    });
  });
  return { ok: true, tags: [cacheTags.opinionDisclaimer(request.locale)] };
}
