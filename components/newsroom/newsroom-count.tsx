"use client";

import { CharacterCount } from "@/components/forms/character-count";
import { useCountText } from "@/components/newsroom/use-count-text";

/**
 * A live count for a field of a server-rendered newsroom form, which cannot
 * hand a client component its words as a function (needs Forms.counter).
 */
export function NewsroomCount({ fieldId, max }: { fieldId: string; max: number }) {
  return <CharacterCount fieldId={fieldId} max={max} text={useCountText()} />;
}
