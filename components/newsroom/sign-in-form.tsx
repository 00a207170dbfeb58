"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signIn, type SignInState } from "@/lib/actions/newsroom/sign-in-actions";
import { EmailField } from "@/components/forms/email-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/form-field";

/** Works without JavaScript (a plain form post to the Server Action) and with it. */
export function SignInForm({
  locale,
  next,
  linkHref,
}: {
  locale: string;
  next: string;
  linkHref: string | null;
}) {
  const t = useTranslations("Newsroom.signIn");
  const forms = useTranslations("Forms");
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "", errors: {} });
  const summary = (["email", "password"] as const).flatMap((field) => {
    const text = state.errors[field];
    return text ? [{ field, label: t(field), text }] : [];
  });
  return (
    <form action={action} className="newsroom-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <ErrorSummary title={forms("errorSummary")} errors={summary} attempt={state} />
      {state.errors.form ? (
        <p className="form-error" role="alert">
          {state.errors.form}
          {state.throttled && linkHref ? (
            <>
              {" "}
              <a href={linkHref}>{t("linkOffer")}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <EmailField
        id="email"
        label={t("email")}
        error={state.errors.email}
        autoComplete="username"
        required
        defaultValue={state.email}
      />
      <FormField id="password" label={t("password")} error={state.errors.password}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            dir="ltr"
            autoComplete="current-password"
            required
          />
        )}
      </FormField>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
      {linkHref ? (
        <p>
          <a href={linkHref}>{t("linkOffer")}</a>
        </p>
      ) : null}
    </form>
  );
}
