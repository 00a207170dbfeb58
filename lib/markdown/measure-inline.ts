// Characters that can open inline markup. Runs of them are what make the
// parser's emphasis and link matching slow (its work grows with their number
// squared) and what nests inline elements; plain text costs next to nothing.
const MARKS = new Set(["*", "[", "]", "`", "<", "\\"]);
const WORD = /[\p{L}\p{N}]/u;
// `<` followed by a URI scheme and a colon is an autolink (`<https://…>`).
const SCHEME_MAX = 32;

function isAutolinkStart(body: string, at: number): boolean {
  for (let pos = at + 1; pos < body.length && pos - at <= SCHEME_MAX; pos++) {
    const ch = body.charAt(pos);
    if (ch === ":") return pos - at > 2;
    if (!/[A-Za-z0-9+.-]/.test(ch)) return false;
  }
  return false;
}

/**
 * Counts links and formatting marks in one pass. Links are inline ones
 * (`](`), autolinks and reference definitions (`]:`): every use of one
 * definition counts once, which is still a bound on the work.
 */
export function measureInline(body: string): { links: number; formattingMarks: number } {
  let links = 0;
  let formattingMarks = 0;
  for (let at = 0; at < body.length; at++) {
    const ch = body.charAt(at);
    if (MARKS.has(ch)) formattingMarks++;
    // An underscore between two letters (snake_case in a URL) cannot open emphasis.
    else if (ch === "_" && !(WORD.test(body[at - 1] ?? "") && WORD.test(body[at + 1] ?? "")))
      formattingMarks++;
    if (ch === "]" && (body[at + 1] === "(" || body[at + 1] === ":")) links++;
    else if (ch === "<" && isAutolinkStart(body, at)) links++;
  }
  return { links, formattingMarks };
}
