"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestSignInLinkAction, type LinkRequestState } from "@/lib/actions/newsroom/sign-in-link-actions";
import { EmailField } from "@/components/forms/email-field";
import { ErrorSummary } from "@/components/forms/error-summary";

/** Asks for an emailed sign-in link; works without JavaScript. Every address gets the same answer. */
export function SignInLinkRequestForm({ locale, minutes }: { locale: string; minutes: number }) {
  const t = useTranslations("Newsroom.signInLink");
  const forms = useTranslations("Forms");
  const [state, action, pending] = useActionState<LinkRequestState, FormData>(requestSignInLinkAction, {
    email: "",
    sent: false,
    errors: {},
  });
  const summary = state.errors.email ? [{ field: "email", label: t("email"), text: state.errors.email }] : [];
  return (
    <form action={action} className="newsroom-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <ErrorSummary title={forms("errorSummary")} errors={summary} attempt={state} />
      {state.sent ? (
        <p className="form-notice" role="status">
          {t("sent", { minutes })}
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
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
