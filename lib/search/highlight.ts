// ts_headline wraps matches in these private-use characters instead of HTML
// tags; the component splits on them and renders <mark> itself, so stored
// text is never injected as HTML. They are removed from the text first, so
// only PostgreSQL can put them there.
export const HIGHLIGHT_START = "\ue000";
export const HIGHLIGHT_STOP = "\ue001";

export interface HighlightPart {
  text: string;
  match: boolean;
}

export function highlightParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [index, chunk] of marked.split(HIGHLIGHT_START).entries()) {
    const [matched, rest] = index === 0 ? [null, chunk] : splitOnce(chunk);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function splitOnce(chunk: string): [string, string] {
  const stop = chunk.indexOf(HIGHLIGHT_STOP);
  return stop === -1
    ? [chunk, ""]
    : [chunk.slice(0, stop), chunk.slice(stop + 1).replaceAll(HIGHLIGHT_STOP, "")];
}

/**
 * ts_headline marks matches in the normalised text (its stemmer would miss
 * some stored spellings); this carries the markers back onto the text as
 * stored. Normalisation maps each character to one character or none, so the
 * two walk in step. Returns the stored text unmarked if they ever disagree.
 */
export function markStoredText(
  stored: string,
  markedNormalized: string,
  normalize: (text: string) => string,
): string {
  const plain = stored.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");
  let out = "";
  let cursor = 0;
  const takeMarkers = () => {
    while (markedNormalized[cursor] === HIGHLIGHT_START || markedNormalized[cursor] === HIGHLIGHT_STOP) {
      out += markedNormalized[cursor];
      cursor += 1;
    }
  };
  for (const char of plain) {
    const normalized = normalize(char);
    if (normalized) takeMarkers();
    if (markedNormalized.slice(cursor, cursor + normalized.length) !== normalized) return plain;
    cursor += normalized.length;
    out += char;
  }
  takeMarkers();
  return cursor === markedNormalized.length ? out : plain;
}
