import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import type { SectionNameInput } from "@/lib/sections/section-names";

export interface AdminSection {
  id: number;
  key: string;
  names: SectionNameInput;
  /** Stories filed under it, in any state. */
  stories: number;
  retiredAt: string | null;
}

/** Every section for the admins' page: the ones readers see in menu order, then the retired ones. */
export async function sectionsForAdmin(): Promise<{ active: AdminSection[]; retired: AdminSection[] }> {
  const rows = await db().section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { translations: true, _count: { select: { stories: true } } },
  });
  const all = rows.map((row): AdminSection => ({
    id: row.id,
    key: row.key,
    names: Object.fromEntries(
      row.translations.map((t) => [t.locale as Locale, { name: t.name, slug: t.slug }]),
    ),
    stories: row._count.stories,
    retiredAt: row.retiredAt?.toISOString() ?? null,
  }));
  return { active: all.filter((each) => !each.retiredAt), retired: all.filter((each) => each.retiredAt) };
}
