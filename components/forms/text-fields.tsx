import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { FormField } from "@/components/forms/form-field";

// The control's own attributes, plus what FormField shows around it; the
// error is already worded in the reader's language.
type FieldProps<Attributes> = Omit<Attributes, "id"> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  count?: ReactNode;
};

/** A labelled single-line input with its hint and error. */
export function InputField({
  id,
  label,
  error,
  hint,
  count,
  ...input
}: FieldProps<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} count={count}>
      {(control) => <input {...input} {...control} />}
    </FormField>
  );
}

/** A labelled multi-line text area with its hint and error. */
export function TextAreaField({
  id,
  label,
  error,
  hint,
  count,
  ...textarea
}: FieldProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} count={count}>
      {(control) => <textarea {...textarea} {...control} />}
    </FormField>
  );
}
