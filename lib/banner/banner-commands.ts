import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";
import { db } from "@/lib/db/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import { parseBanner, type BannerErrors, type BannerInput } from "@/lib/banner/banner-fields";

export type BannerCommandResult =
  | ({ ok: true } & Invalidation)
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "invalid"; errors: BannerErrors };

/** Who may set or clear a language's banner: those who may publish in it. */
const mayAlert = (actor: NewsroomUser | null, locale: Locale) =>
  can(actor, { type: "translation.publish", locale });

/**
 * Puts up (or replaces) one language's breaking-news banner. Only the
 * banner's own tag changes: through the proxy that is one small fragment,
 * refetched once, instead of every page; without the proxy Next's cached
 * pages carry the tag too (they read the banner), so they render again.
 * A replacement is an edit (soft purge: the old banner for one more reader
 * at most).
 */
export async function setBanner(
  actor: NewsroomUser | null,
  request: BannerInput & { locale: Locale; timeZone: string; now?: number },
): Promise<BannerCommandResult> {
  if (!mayAlert(actor, request.locale)) return { ok: false, kind: "forbidden" };
  const parsed = parseBanner(request, request.timeZone, request.now);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const { text, link, expiresAt } = parsed.values;
  const data = { text, link, expiresAt, setById: actor!.id, setAt: new Date() };
  await db().$transaction(async (tx) => {
    await tx.breakingBanner.upsert({
      where: { locale: request.locale },
      create: { locale: request.locale, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "banner.set",
      subject: `banner:${request.locale}`,
      details: { text, link, expiresAt: expiresAt.toISOString() },
    });
  });
  return { ok: true, tags: [cacheTags.banner(request.locale)] };
}

/**
 * Takes a language's banner down at once: a withdrawal (hard purge), so no
 * reader is shown a mistaken alert again, not even once from the proxy's grace.
 */
export async function clearBanner(
  actor: NewsroomUser | null,
  request: { locale: Locale },
): Promise<BannerCommandResult> {
  if (!mayAlert(actor, request.locale)) return { ok: false, kind: "forbidden" };
  const tag = cacheTags.banner(request.locale);
  await db().$transaction(async (tx) => {
    const gone = await tx.breakingBanner.deleteMany({ where: { locale: request.locale } });
    if (gone.count === 0) return;
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "banner.clear",
      subject: `banner:${request.locale}`,
    });
  });
  return { ok: true, tags: [tag], withdrawn: [tag] };
}
