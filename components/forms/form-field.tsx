import type { ReactNode } from "react";

/** What a field's control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface Props {
  id: string;
  label: string;
  /** The error, already worded in the reader's language. */
  error?: string;
  hint?: string;
  /** A live character count (CharacterCount) under the control; its id is `${id}-count`. */
  count?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled form field with its hint and its error next to it. The error
 * and hint ids are `${id}-error` and `${id}-hint`, which the control names
 * in aria-describedby.
 */
export function FormField({ id, label, error, hint, count, className = "field", children }: Props) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : "", count ? `${id}-count` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {count}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
