"use client";

import { useEffect, useState } from "react";

interface Props {
  /** The id of the field counted; the count's own id is `${fieldId}-count`. */
  fieldId: string;
  max: number;
  /** The field's value, when React holds it (a restored draft changes it without an input event). */
  value?: string;
  /** "123 characters left" / "12 characters too many", worded by the caller. */
  text: (left: number) => string;
}

/**
 * A live count under a field with a server limit. It only reads the field
 * (an `input` listener), so the field itself stays as it is, controlled or
 * not, and is never cut: past the limit the count says by how much, and the
 * server refuses with its own message. Without JavaScript nothing shows and
 * the hint or the server's answer says the limit.
 */
export function CharacterCount({ fieldId, max, value, text }: Props) {
  const [typed, setLength] = useState<number | null>(null);
  useEffect(() => {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    const measure = () => setLength(field.value.length);
    measure();
    field.addEventListener("input", measure);
    // A form reset (React resets forms after an action) changes the value without an input event.
    field.form?.addEventListener("reset", () => setTimeout(measure));
    return () => field.removeEventListener("input", measure);
  }, [fieldId]);
  const length = typed === null ? null : (value?.length ?? typed);
  if (length === null) return null;
  const left = max - length;
  return (
    <p
      id={`${fieldId}-count`}
      className={left < 0 ? "char-count char-count--over" : "char-count"}
      aria-live="polite"
    >
      {text(left)}
    </p>
  );
}
