// What readers type is plain text. Control characters (except line breaks)
// and the bidi embedding, override and isolate controls are removed, so a
// comment can neither carry invisible tricks nor reorder the page around it.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function cleanCommentText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROL, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/[ \u00A0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Names are a single line. */
export function cleanName(value: string): string {
  return cleanCommentText(value).replace(/\s+/g, " ");
}

const LINK = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|info|biz|ru|xyz|top|io)\b/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

/** The same words, whatever the spacing, case or punctuation around them. */
export function duplicateKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, " ")
    .trim();
}
