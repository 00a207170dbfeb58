"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/app/[locale]/newsroom/sign-in/actions";

interface Labels {
  email: string;
  password: string;
  submit: string;
}

/** Works without JavaScript (a plain form post to the Server Action) and with it. */
export function SignInForm({ locale, next, labels }: { locale: string; next: string; labels: Labels }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "", errors: {} });
  return (
    <form action={action} className="newsroom-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {state.errors.form ? (
        <p className="form-error" role="alert">
          {state.errors.form}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.errors.email ? true : undefined}
          aria-describedby={state.errors.email ? "email-error" : undefined}
        />
        {state.errors.email ? (
          <p id="email-error" className="field-error">
            {state.errors.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          aria-invalid={state.errors.password ? true : undefined}
          aria-describedby={state.errors.password ? "password-error" : undefined}
        />
        {state.errors.password ? (
          <p id="password-error" className="field-error">
            {state.errors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
