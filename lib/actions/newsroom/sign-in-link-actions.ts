"use server";

import { actionForm } from "@/lib/forms/action-form";
import { after } from "next/server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { APIError } from "better-auth";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import {
  KNOWN_DEVICE_COOKIE,
  KNOWN_DEVICE_MAX_AGE,
  knownDeviceId,
  knownDeviceToken,
} from "@/lib/auth/known-device";
import { requestSignInLink } from "@/lib/auth/sign-in-link";
import { signInLinkMailer } from "@/lib/auth/sign-in-link-mailer";
import { uiLocaleOf } from "@/lib/forms/form-values";
import { clientIp } from "@/lib/http/client-ip";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

export interface LinkRequestState {
  email: string;
  /** The same answer for every address: the request was taken. */
  sent: boolean;
  errors: { email?: string };
}

const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());

/**
 * Asks for a sign-in link. Public (no one is signed in yet); the answer is
 * the same for every well-formed address, member or not, limited or not,
 * and the work runs after the answer is sent (Next's after()), so neither
 * the words nor the time taken tell whether the address has an account.
 */
export async function requestSignInLinkAction(
  ...call: [previous: LinkRequestState, form: FormData]
): Promise<LinkRequestState> {
  // A crafted post may call it with anything (lib/forms/action-form.ts).
  const form = actionForm(call);
  const locale = uiLocaleOf(form, "locale");
  const typed = String(form.get("email") ?? "").slice(0, 254);
  const parsed = email.safeParse(typed);
  if (!parsed.success) {
    const t = await getTranslations({ locale, namespace: "Newsroom.signIn" });
    return { email: typed, sent: false, errors: { email: typed.trim() ? t("emailInvalid") : t("required") } };
  }
  const address = clientIp(await headers());
  const mailer = signInLinkMailer();
  after(() => requestSignInLink({ email: parsed.data, address }, mailer));
  return { email: typed, sent: true, errors: {} };
}

export interface LinkSignInState {
  failed: boolean;
}

/**
 * Signs in with an emailed link's token (a POST from the link's page: a GET
 * never spends one). Marks this browser as known to the account, as a
 * password sign-in does, so the throttle no longer holds it back.
 */
export async function signInWithLinkAction(
  ...call: [previous: LinkSignInState, form: FormData]
): Promise<LinkSignInState> {
  const form = actionForm(call);
  const locale = uiLocaleOf(form, "locale");
  const token = z.string().max(100).safeParse(form.get("token"));
  if (!token.success) return { failed: true };
  let signedIn: { email: string };
  try {
    signedIn = await auth().api.signInWithLink({ body: { token: token.data }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) return { failed: true };
    throw error;
  }
  const jar = await cookies();
  const deviceId = knownDeviceId(jar.get(KNOWN_DEVICE_COOKIE)?.value, signedIn.email);
  jar.set(KNOWN_DEVICE_COOKIE, knownDeviceToken(signedIn.email, deviceId ?? undefined), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: KNOWN_DEVICE_MAX_AGE,
  });
  redirect(newsroomPaths.home(locale));
}
