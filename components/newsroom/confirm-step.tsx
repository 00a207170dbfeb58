import type { ReactNode } from "react";

interface Props {
  title: string;
  children: ReactNode;
  /** The Server Action that refuses to act without `confirm=yes`. */
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  confirmLabel: string;
  cancelHref: string;
  cancelLabel: string;
}

/**
 * The step between a button that takes something away and the action
 * itself: a page state reached by a plain link or GET form, so it works the
 * same with and without JavaScript, whose own button sends the confirmation
 * the server insists on.
 */
export function ConfirmStep({
  title,
  children,
  action,
  fields,
  confirmLabel,
  cancelHref,
  cancelLabel,
}: Props) {
  return (
    <section className="confirm-step" aria-labelledby="confirm-step-title">
      <h2 id="confirm-step-title">{title}</h2>
      {children}
      <form action={action} className="row-actions">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" autoFocus>
          {confirmLabel}
        </button>
        <a href={cancelHref}>{cancelLabel}</a>
      </form>
    </section>
  );
}
