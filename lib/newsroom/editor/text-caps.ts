import { BODY_LIMITS } from "@/lib/markdown/body-limits";

// Plain numbers, no zod: the route table (read by the server before Next and
// by proxy.ts) sizes the editor's request body from them.

/** How long each text field of a story version may be, in UTF-16 units. */
export const TEXT_LIMITS = {
  slug: 80,
  headline: 200,
  dek: 400,
  body: BODY_LIMITS.length,
  leadImageAlt: 300,
  // As long as a summary: a caption says what the picture shows, not the story.
  leadImageCaption: 400,
} as const;

/**
 * What an editor form's schema takes before anything else looks at it: text
 * past these is absurd, yet is still worded by its own field
 * (refusedTextFields), as long as the request reaches the action.
 */
export const TEXT_CAPS = {
  slug: TEXT_LIMITS.slug * 8,
  headline: TEXT_LIMITS.headline * 8,
  dek: TEXT_LIMITS.dek * 8,
  body: TEXT_LIMITS.body * 4,
  leadImageAlt: TEXT_LIMITS.leadImageAlt * 8,
  leadImageCaption: TEXT_LIMITS.leadImageCaption * 8,
} as const;

const KB = 1024;
const capsTotal = Object.values(TEXT_CAPS).reduce((sum, cap) => sum + cap, 0);

/**
 * The request body that carries every text field at its cap, so that the
 * server never cuts a save the action would word by the field: each UTF-16
 * unit is at most 3 bytes of UTF-8 (4 once JSON-escaped, a quote or a line
 * end in the previous state), and the text travels twice (the form and its
 * previous state, with JavaScript in React's encoded reply, without it in
 * the form's hidden fields), plus 64 KB for the ids and the form's framing.
 */
export const TEXT_FORM_BYTES = 2 * 4 * capsTotal + 64 * KB;

export type CappedField = keyof typeof TEXT_CAPS;

/**
 * The fields whose text is past its cap. The editor forms check this before
 * sending (with JavaScript): the action would refuse such text anyway, and
 * past the server's body limit it would never reach the action at all.
 */
export function pastCaps(
  values: Partial<Record<CappedField, string>>,
): Partial<Record<CappedField, "tooLong">> {
  const fields = Object.keys(TEXT_CAPS) as CappedField[];
  return Object.fromEntries(
    fields
      .filter((field) => (values[field]?.length ?? 0) > TEXT_CAPS[field])
      .map((field) => [field, "tooLong"]),
  );
}
