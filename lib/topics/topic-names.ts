import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { canonicalSlug, slugify, slugPolicyProblem, type SlugProblem } from "@/lib/urls/slug";

export const MAX_TOPIC_NAME_LENGTH = 60;

export type TopicNameInput = Partial<Record<Locale, { name: string; slug: string }>>;

export interface TopicNameErrors {
  name?: "required" | "tooLong";
  slug?: SlugProblem | "required" | "slugTaken";
}

export type TopicErrors = Partial<Record<Locale, TopicNameErrors>> & { names?: "required" };

/**
 * A topic's name and slug per locale, checked and put in canonical form.
 * A locale left entirely blank is simply not named; at least one must be.
 * A blank slug is made from the name.
 */
export function parseTopicNames(
  input: TopicNameInput,
): { ok: true; names: TopicNameInput } | { ok: false; errors: TopicErrors } {
  const names: TopicNameInput = {};
  const errors: TopicErrors = {};
  for (const locale of routing.locales) {
    const name = (input[locale]?.name ?? "").trim();
    const rawSlug = (input[locale]?.slug ?? "").trim();
    if (!name && !rawSlug) continue;
    const slug = canonicalSlug(rawSlug || slugify(name));
    const problems: TopicNameErrors = {};
    if (!name) problems.name = "required";
    else if (name.length > MAX_TOPIC_NAME_LENGTH) problems.name = "tooLong";
    if (!slug) problems.slug = "required";
    else problems.slug = slugPolicyProblem(slug) ?? undefined;
    if (problems.name || problems.slug) errors[locale] = problems;
    else names[locale] = { name, slug };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (Object.keys(names).length === 0) return { ok: false, errors: { names: "required" } };
  return { ok: true, names };
}
