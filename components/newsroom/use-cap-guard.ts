"use client";

import { useState, type FormEvent } from "react";
import { pastCaps, TEXT_CAPS, type CappedField } from "@/lib/newsroom/editor/text-caps";

type CapErrors = Partial<Record<CappedField, "tooLong">>;

/**
 * Holds back an editor form whose text is past a cap, and words it by the
 * field as the action would: such a body, sent, could be larger than the
 * server lets through (it would answer a bare 413 and the form would be
 * gone). Without JavaScript the action's own refusal does the same, within
 * the server's limit. `errors` is null once the server has answered again.
 */
export function useCapGuard<State extends object>(state: State) {
  const [held, setHeld] = useState<{ answer: State; errors: CapErrors } | null>(null);
  const current = held && held.answer === state ? held : null;
  return {
    errors: current?.errors ?? null,
    /** For the error summary: a new object on each held-back submit, so focus moves to it again. */
    attempt: current ?? state,
    /** The form's onSubmit: true when the form may be sent. */
    check(event: FormEvent<HTMLFormElement>): boolean {
      const form = event.currentTarget;
      const values = Object.fromEntries(
        (Object.keys(TEXT_CAPS) as CappedField[]).map((field) => {
          const control = form.elements.namedItem(field);
          return [field, control && "value" in control ? String(control.value) : ""];
        }),
      );
      const errors = pastCaps(values);
      if (Object.keys(errors).length === 0) return true;
      event.preventDefault();
      setHeld({ answer: state, errors });
      return false;
    },
  };
}
