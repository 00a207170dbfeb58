import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { canonicalSlug, slugify, slugPolicyProblem, type SlugProblem } from "@/lib/urls/slug";

// The header's menu has room for short names only.
export const MAX_SECTION_NAME_LENGTH = 40;

export type SectionNameInput = Partial<Record<Locale, { name: string; slug: string }>>;
export type SectionNames = Record<Locale, { name: string; slug: string }>;

export interface SectionNameErrors {
  name?: "required" | "tooLong";
  /** `slugRetired`: an old address of another section, kept so it never silently changes meaning. */
  slug?: SlugProblem | "required" | "slugTaken" | "slugRetired";
}

export type SectionErrors = Partial<Record<Locale, SectionNameErrors>>;

/**
 * A section's name and slug in every language, checked and put in the slug
 * policy's canonical form. Both languages are required: a section is a menu
 * entry of both editions (a story in it is read in either language). A
 * blank slug is made from the name.
 */
export function parseSectionNames(
  input: SectionNameInput,
): { ok: true; names: SectionNames } | { ok: false; errors: SectionErrors } {
  const names: SectionNameInput = {};
  const errors: SectionErrors = {};
  for (const locale of routing.locales) {
    const name = (input[locale]?.name ?? "").trim();
    const rawSlug = (input[locale]?.slug ?? "").trim();
    const slug = canonicalSlug(rawSlug || slugify(name));
    const problems: SectionNameErrors = {};
    if (!name) problems.name = "required";
    else if (name.length > MAX_SECTION_NAME_LENGTH) problems.name = "tooLong";
    // A blank name already says what is missing; its blank slug would follow from it.
    if (!slug) problems.slug = name || rawSlug ? "required" : undefined;
    else problems.slug = slugPolicyProblem(slug) ?? undefined;
    if (problems.name || problems.slug) errors[locale] = problems;
    else names[locale] = { name, slug };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, names: names as SectionNames };
}
