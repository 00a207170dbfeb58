import "server-only";
import type { Locale } from "next-intl";
import { randomBytes } from "node:crypto";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import {
  parseSectionNames,
  type SectionErrors,
  type SectionNameInput,
  type SectionNames,
} from "@/lib/sections/section-names";

export type SectionCommandResult =
  | { ok: true; sectionId: number; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" | "last-section" }
  | { ok: false; kind: "invalid"; errors: SectionErrors };

// The menu is on every reading page (header, search form), and sitemaps,
// feeds and language pairs list the sections: every page is keyed with the
// sections tag (lib/routes/route-keys.ts), so purging it reaches them all.
export const sectionTags = () => [
  cacheTags.sections(),
  ...routing.locales.map((locale) => cacheTags.lists(locale)),
];

const entries = (names: SectionNames) => Object.entries(names) as [Locale, { name: string; slug: string }][];

class Refused extends Error {
  constructor(readonly errors: SectionErrors) {
    super("section names refused");
  }
}

/**
 * Which slugs are not free for this section: held by another section (retired
 * ones included, their rows stay) or given up by another section's rename.
 * A slug this section gave up itself is taken back (its redirect row goes).
 */
async function claimSlugs(tx: Prisma.TransactionClient, names: SectionNames, sectionId: number | null) {
  const errors: SectionErrors = {};
  for (const [locale, { slug }] of entries(names)) {
    const holder = await tx.sectionTranslation.findUnique({ where: { locale_slug: { locale, slug } } });
    if (holder && holder.sectionId !== sectionId) errors[locale] = { slug: "slugTaken" };
    const retired = await tx.retiredSectionSlug.findUnique({ where: { locale_slug: { locale, slug } } });
    if (retired && retired.sectionId !== sectionId) errors[locale] = { slug: "slugRetired" };
    else if (retired) await tx.retiredSectionSlug.delete({ where: { locale_slug: { locale, slug } } });
  }
  if (Object.keys(errors).length > 0) throw new Refused(errors);
}

/** The right, the names, then `store` in one transaction; a slug not free comes back as its field's error. */
async function storeNames(
  actor: NewsroomUser | null,
  input: SectionNameInput,
  sectionId: number | null,
  store: (tx: Prisma.TransactionClient, names: SectionNames, actorId: string) => Promise<number | null>,
): Promise<SectionCommandResult> {
  if (!can(actor, { type: "sections.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = parseSectionNames(input);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const names = parsed.names;
  try {
    const stored = await db().$transaction(async (tx) => {
      await claimSlugs(tx, names, sectionId);
      return store(tx, names, actor!.id);
    });
    return stored === null
      ? { ok: false, kind: "not-found" }
      : { ok: true, sectionId: stored, tags: sectionTags() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, kind: "invalid", errors: error.errors };
    // Two admins racing for one slug: the unique index decides, and the loser is told which.
    if (isUniqueViolation(error)) {
      const errors = Object.fromEntries(entries(names).map(([locale]) => [locale, { slug: "slugTaken" }]));
      return { ok: false, kind: "invalid", errors };
    }
    throw error;
  }
}

/** A new section, last in the menus, named in both languages. */
export function createSection(
  actor: NewsroomUser | null,
  input: SectionNameInput,
): Promise<SectionCommandResult> {
  return storeNames(actor, input, null, async (tx, names, actorId) => {
    const last = await tx.section.aggregate({ _max: { position: true } });
    const row = await tx.section.create({
      data: {
        key: `${names.en.slug.slice(0, 40)}-${randomBytes(3).toString("hex")}`,
        position: (last._max.position ?? 0) + 1,
        translations: { create: entries(names).map(([locale, name]) => ({ locale, ...name })) },
      },
    });
    await recordAudit(tx, {
      actorId,
      action: "section.create",
      subject: `section:${row.id}`,
      details: names,
    });
    return row.id;
  });
}

/** New names or slugs; a slug given up keeps answering with a 308 to the new one. */
export function renameSection(
  actor: NewsroomUser | null,
  sectionId: number,
  input: SectionNameInput,
): Promise<SectionCommandResult> {
  return storeNames(actor, input, sectionId, async (tx, names, actorId) => {
    const section = await tx.section.findUnique({
      where: { id: sectionId },
      include: { translations: true },
    });
    if (!section || section.retiredAt) return null;
    for (const old of section.translations) {
      if (names[old.locale].slug !== old.slug) {
        await tx.retiredSectionSlug.create({ data: { locale: old.locale, slug: old.slug, sectionId } });
      }
    }
    await tx.sectionTranslation.deleteMany({ where: { sectionId } });
    await tx.sectionTranslation.createMany({
      data: entries(names).map(([locale, name]) => ({ sectionId, locale, ...name })),
    });
    await recordAudit(tx, {
      actorId,
      action: "section.rename",
      subject: `section:${sectionId}`,
      details: names,
    });
    return sectionId;
  });
}
