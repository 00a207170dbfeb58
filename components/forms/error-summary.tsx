"use client";

import { useEffect, useRef } from "react";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";

export interface SummaryError {
  /** The id of the field (or of the first control of a group) the error is about. */
  field: string;
  /**
   * The field's name as its label shows it: two fields refused with the same
   * words («هذا الحقل مطلوب.» twice) must still say which is which.
   */
  label: string;
  /** The error, already worded in the reader's language. */
  text: string;
}

interface Props {
  title: string;
  errors: SummaryError[];
  /**
   * Changes on every answer (an action's state object): each failed submit
   * moves focus here again, while re-renders as the person types do not.
   */
  attempt?: unknown;
}

/**
 * The GOV.UK error summary: every error of a refused form at its top, each
 * linking to its field. It takes focus when it appears, so a screen reader
 * reads it and the person sees it even at the end of a long form; without
 * JavaScript `autoFocus` does the same on the re-rendered page, whose URL
 * ends in #error-summary (or the form's anchor).
 */
// The colon reads the same in English and Arabic: "Headline: …", «العنوان: …».
const separator = ": ";

export function ErrorSummary({ title, errors, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      id={ERROR_SUMMARY_ID}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      autoFocus
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.field + error.text}>
            {/* A fragment whose target can take focus moves focus there: no script needed. */}
            <a href={`#${error.field}`}>
              <span className="error-summary__field">{error.label}</span>
              {separator}
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
