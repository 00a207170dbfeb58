// A form's answer above its fields, in the reader's language; nothing when
// there is none. Errors are announced at once, notices politely.

export function FormError({ text }: { text: string | null | undefined }) {
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}

export function FormNotice({ text }: { text: string | null | undefined }) {
  return text ? (
    <p className="form-notice" role="status">
      {text}
    </p>
  ) : null;
}
