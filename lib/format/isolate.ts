/**
 * A name or a time inside a translated sentence, isolated (FSI … PDI) so a
 * Latin name in an Arabic sentence, or the reverse, cannot reorder the
 * words around it. For plain-text message arguments, where <bdi> cannot go.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
