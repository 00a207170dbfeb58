interface Labels {
  active: string;
  disabled: string;
  you: string;
  disable: string;
  enable: string;
  confirm: string;
}

interface Props {
  locale: string;
  userId: string;
  disabled: boolean;
  isSelf: boolean;
  action: (form: FormData) => Promise<void>;
  labels: Labels;
}

/**
 * A member's access: disabling needs the confirm box ticked (the browser
 * refuses to submit without it, and the server checks it again), so it is a
 * deliberate second step even without JavaScript. An admin never sees the
 * button on their own row.
 */
export function UserAccessForm({ locale, userId, disabled, isSelf, action, labels }: Props) {
  if (isSelf) return <span>{labels.you}</span>;
  return (
    <form action={action} className="row-actions">
      <input type="hidden" name="uiLocale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "0" : "1"} />
      <span className="badge" data-state={disabled ? "disabled" : "active"}>
        {disabled ? labels.disabled : labels.active}
      </span>
      {disabled ? null : (
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {labels.confirm}
        </label>
      )}
      <button type="submit">{disabled ? labels.enable : labels.disable}</button>
    </form>
  );
}
