"use client";

import type { CountTemplates } from "@/lib/format/count-templates";
import { CharacterCount } from "@/components/forms/character-count";
import { countText } from "@/components/comments/count-text";

interface Props {
  fieldId: string;
  max: number;
  counts: { left: CountTemplates; over: CountTemplates };
}

/**
 * A comment field's live count. Loaded by the comment form only once the
 * reader types (React.lazy), so story pages do not carry it on first load:
 * their JavaScript budget is 5 KB over a bare Next page.
 */
export default function CommentCount({ fieldId, max, counts }: Props) {
  const text = (left: number) => (left >= 0 ? countText(counts.left, left) : countText(counts.over, -left));
  return <CharacterCount fieldId={fieldId} max={max} text={text} />;
}
