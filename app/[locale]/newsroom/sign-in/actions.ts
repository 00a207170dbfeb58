"use server";

import { APIError } from "better-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { uiLocaleOf } from "@/lib/form-values";
import { isConnectionError } from "@/lib/db/availability";
import { clientIp } from "@/lib/http/client-ip";
import { newsroomPaths, safeReturnPath } from "@/lib/newsroom/paths";
import { checkRateLimit, consumeRateLimit } from "@/lib/rate-limit";

export interface SignInState {
  email: string;
  errors: { email?: string; password?: string; form?: string };
}

// Failed attempts per account and per address, in windows shared by every
// server process.
const PER_ACCOUNT = { limit: 5, windowSeconds: 600 };
const PER_ADDRESS = { limit: 50, windowSeconds: 600 };

const fields = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(128),
});

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
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
  // Failed attempts are counted, per account and per address; once either
  // is over its limit, even the right password waits for the window.
  const buckets = [
    [`sign-in:account:${parsed.data.email}`, PER_ACCOUNT],
    [`sign-in:address:${clientIp(requestHeaders)}`, PER_ADDRESS],
  ] as const;
  try {
    for (const [key, rule] of buckets) {
      const decision = await checkRateLimit(key, rule.limit, rule.windowSeconds);
      if (!decision.allowed)
        return { email, errors: { form: t("rateLimited", { seconds: decision.retryAfter }) } };
    }
    await auth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError) {
      for (const [key, rule] of buckets) await consumeRateLimit(key, rule.limit, rule.windowSeconds);
      return { email, errors: { form: t("invalid") } };
    }
    if (isConnectionError(error)) return { email, errors: { form: t("unavailable") } };
    throw error;
  }
  redirect(safeReturnPath(locale, String(form.get("next") ?? "")) || newsroomPaths.home(locale));
}

export async function signOut(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form, "locale");
  await auth().api.signOut({ headers: await headers() });
  redirect(newsroomPaths.signIn(locale));
}
