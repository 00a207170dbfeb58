import "server-only";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { sectionTags, type SectionCommandResult } from "@/lib/sections/section-commands";

const namesOf = (translations: { locale: string; name: string }[]) =>
  Object.fromEntries(translations.map(({ locale, name }) => [locale, { name }]));

/**
 * One place up or down the menus, among the sections readers see. Positions
 * are renumbered 1..n in the new order, so gaps and ties left by older data
 * do not make a move a no-op. At either end, nothing changes.
 */
export async function moveSection(
  actor: NewsroomUser | null,
  sectionId: number,
  direction: "up" | "down",
): Promise<SectionCommandResult> {
  if (!can(actor, { type: "sections.manage" })) return { ok: false, kind: "forbidden" };
  const moved = await db().$transaction(async (tx) => {
    // Locked in order, so two admins reordering at once queue instead of interleaving.
    await tx.$queryRaw`SELECT id FROM "Section" ORDER BY id FOR UPDATE`;
    const order = await tx.section.findMany({
      where: { retiredAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { translations: true },
    });
    const from = order.findIndex((section) => section.id === sectionId);
    if (from < 0) return false;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return true;
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [index, section] of order.entries()) {
      await tx.section.update({ where: { id: section.id }, data: { position: index + 1 } });
    }
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "section.move",
      subject: `section:${sectionId}`,
      details: { ...namesOf(order[to]!.translations), direction, position: to + 1 },
    });
    return true;
  });
  return moved ? { ok: true, sectionId, tags: sectionTags() } : { ok: false, kind: "not-found" };
}

/**
 * Takes a section out of the menus, lists, sitemaps and the newsroom's
 * pickers; its addresses answer 308 to the language's home page. Its rows
 * stay: its slugs remain taken, and its stories keep their section (their
 * addresses never named it). The last section readers see cannot be retired:
 * every new story needs one.
 */
export async function retireSection(
  actor: NewsroomUser | null,
  sectionId: number,
): Promise<SectionCommandResult> {
  if (!can(actor, { type: "sections.manage" })) return { ok: false, kind: "forbidden" };
  const outcome = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Section" ORDER BY id FOR UPDATE`;
    const section = await tx.section.findUnique({
      where: { id: sectionId },
      include: { translations: true },
    });
    if (!section || section.retiredAt) return "not-found" as const;
    if ((await tx.section.count({ where: { retiredAt: null } })) <= 1) return "last-section" as const;
    await tx.section.update({ where: { id: sectionId }, data: { retiredAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "section.retire",
      subject: `section:${sectionId}`,
      details: namesOf(section.translations),
    });
    return "retired" as const;
  });
  return outcome === "retired" ? { ok: true, sectionId, tags: sectionTags() } : { ok: false, kind: outcome };
}
