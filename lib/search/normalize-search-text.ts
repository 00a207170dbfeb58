// The one spelling normalisation applied to stored and queried text before
// full-text search. It mirrors the SQL function normalize_search_text()
// (migration "search"); tests/integration/search-normalization.test.ts runs
// both over the same strings. No "server-only": the suggestion box uses it too.

const REPLACEMENTS: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0649": "\u064A", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
};

// Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII;
// tashkeel (U+064B–065F, U+0670) and tatweel (U+0640) removed.
const PATTERN =
  /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u0660-\u0669\u06F0-\u06F9\u064B-\u065F\u0670\u0640]/g;

function replace(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return REPLACEMENTS[char] ?? "";
}

export function normalizeSearchText(text: string): string {
  return text.replace(PATTERN, replace);
}
