/**
 * The `dir` of a field that holds people's text. With text in it, the text's
 * own direction (`auto`: its first strong letter), so English left in an
 * Arabic field keeps its full stop at the end and Arabic typed there runs
 * right to left. Empty, the language's direction, so typing starts on the
 * side that language starts on (an empty `dir="auto"` field is left to right).
 */
export function fieldDirection(text: string | undefined, languageDir: "ltr" | "rtl"): "auto" | "ltr" | "rtl" {
  return text?.trim() ? "auto" : languageDir;
}
