// Slugs are stored NFC-normalised: the same Arabic headline typed on two
// keyboards can differ in composition, and URLs must match either way.

const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
// Arabic short vowels, shadda, sukun and tatweel carry no meaning in a URL.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const MAX_SLUG_LENGTH = 80;

export function isValidSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
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
