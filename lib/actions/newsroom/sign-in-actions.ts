"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE } from "@/lib/auth/known-device";
import { passwordCheck } from "@/lib/auth/password-check";
import { attemptSignIn, type SignInOutcome } from "@/lib/auth/sign-in-attempt";
import { actionForm } from "@/lib/forms/action-form";
import { uiLocaleOf } from "@/lib/forms/form-values";
import { isConnectionError } from "@/lib/db/availability";
import { clientIp } from "@/lib/http/client-ip";
import { newsroomPaths, safeReturnPath } from "@/lib/urls/newsroom-paths";

export interface SignInState {
  email: string;
  errors: { email?: string; password?: string; form?: string };
  /** Held back by the throttle: the form then offers an emailed link, where the site can send one. */
  throttled?: boolean;
}

const fields = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(128),
});

// Both actions read their form with actionForm: a crafted post may call them with anything.
export async function signIn(...call: [previous: SignInState, form: FormData]): Promise<SignInState> {
  const form = actionForm(call);
  const locale = uiLocaleOf(form, "locale");
  const t = await getTranslations({ locale, namespace: "Newsroom.signIn" });
  const email = String(form.get("email") ?? "").slice(0, 254);
  const parsed = fields.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      email,
      errors: {
        email: !email.trim() ? t("required") : bad.has("email") ? t("emailInvalid") : undefined,
        password: bad.has("password") ? t("required") : undefined,
      },
    };
  }
  const requestHeaders = await headers();
  const jar = await cookies();
  let outcome: SignInOutcome;
  try {
    outcome = await attemptSignIn(
      {
        ...parsed.data,
        address: clientIp(requestHeaders),
        deviceToken: jar.get(KNOWN_DEVICE_COOKIE)?.value,
      },
      passwordCheck(requestHeaders),
    );
  } catch (error) {
    if (isConnectionError(error)) return { email, errors: { form: t("unavailable") } };
    throw error;
  }
  if (!outcome.ok && outcome.kind === "invalid") return { email, errors: { form: t("invalid") } };
  if (!outcome.ok) {
    const wait = outcome.retryAfter;
    const message =
      wait < 60
        ? t("rateLimitedSeconds", { seconds: wait })
        : t("rateLimitedMinutes", { minutes: Math.ceil(wait / 60) });
    return { email, errors: { form: message }, throttled: true };
  }
  // Secure is added by the server to every cookie of an HTTPS request
  // (scripts/server/request-context.ts), as for the session and reader cookies.
  jar.set(KNOWN_DEVICE_COOKIE, outcome.deviceToken, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: KNOWN_DEVICE_MAX_AGE,
  });
  redirect(safeReturnPath(locale, String(form.get("next") ?? "")) || newsroomPaths.home(locale));
}

export async function signOut(...call: [form: FormData]): Promise<void> {
  const form = actionForm(call);
  const locale = uiLocaleOf(form, "locale");
  await auth().api.signOut({ headers: await headers() });
  redirect(newsroomPaths.signIn(locale));
}
