"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInWithLinkAction, type LinkSignInState } from "@/lib/actions/newsroom/sign-in-link-actions";

/**
 * The button that spends an emailed link. Opening the link only shows it:
 * mail scanners open links, and must not use them up.
 */
export function SignInLinkConfirmForm(props: { locale: string; token: string; askAgainHref: string }) {
  const t = useTranslations("Newsroom.signInLink");
  const [state, action, pending] = useActionState<LinkSignInState, FormData>(signInWithLinkAction, {
    failed: false,
  });
  if (state.failed) {
    return (
      <p className="form-error" role="alert">
        {t("invalid")} <a href={props.askAgainHref}>{t("askAgain")}</a>
      </p>
    );
  }
  return (
    <form action={action} className="newsroom-form">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="token" value={props.token} />
      <p>{t("confirmIntro")}</p>
      <button type="submit" disabled={pending}>
        {t("confirm")}
      </button>
    </form>
  );
}
