// The slug policy, in one place. A new slug is made canonical (NFKC, so
// fullwidth letters and superscripts become plain ones; lower case; no
// Arabic marks or tatweel) and then must be words of one script each, Latin
// or Arabic, with digits: a Cyrillic "а" inside a Latin word, or any other
// script, is refused, so no two URLs can look alike. The SQL migration
// `slug_policy` applied the same rules to the slugs stored before.

// Any-script pattern, for reading URLs (old slugs still redirect).
const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
// Arabic short vowels, shadda, sukun and tatweel carry no meaning in a URL.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9";
const ARABIC_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3";
const POLICY_WORD = new RegExp(`^(?:[a-z${DIGITS}]+|[${ARABIC_LETTERS}${DIGITS}]+)$`, "u");
export const MAX_SLUG_LENGTH = 80;

export type SlugProblem = "slugInvalid" | "slugScript";

/** Whether a slug can be looked up at all (any script; used for URLs). */
export function isValidSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}

/** The form a slug is stored in: NFKC, lower case, no Arabic marks or tatweel. */
export function canonicalSlug(input: string): string {
  return input.normalize("NFKC").toLowerCase().replace(ARABIC_MARKS, "").normalize("NFC");
}

/** Why a canonical slug breaks the policy for new slugs, or null when it is fine. */
export function slugPolicyProblem(slug: string): SlugProblem | null {
  if (!isValidSlug(slug)) return "slugInvalid";
  return slug.split("-").every((word) => POLICY_WORD.test(word)) ? null : "slugScript";
}

/** Suggests a slug from a headline in either script. */
export function slugify(text: string): string {
  const words = text
    .normalize("NFD")
    // Drop Latin accents only: Arabic hamza also decomposes under NFD and
    // must recompose (أ stays أ), so only U+0300–U+036F goes.
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(ARABIC_MARKS, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug;
}

/**
 * Turns a route parameter into a slug to look up, or null when it cannot be
 * one (malformed percent-encoding, forbidden characters) so the caller can
 * answer 404 without touching the database.
 */
export function slugFromParam(param: string): string | null {
  let decoded = param;
  if (decoded.includes("%")) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return null;
    }
  }
  const slug = decoded.normalize("NFC");
  return isValidSlug(slug) ? slug : null;
}
