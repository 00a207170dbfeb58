import "server-only";
import type { Locale } from "next-intl";
import { forbidden, redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { can, type NewsroomAction } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { resolveLocale } from "@/lib/locale/request-locale";

/**
 * For newsroom pages: the member allowed to do `action`. Anonymous
 * visitors go to the sign-in page (and come back); members without the
 * right get a 403.
 */
export async function requirePage(
  locale: Locale,
  action: NewsroomAction,
  returnTo: string,
): Promise<NewsroomUser> {
  const user = await currentUser();
  if (!user) redirect(newsroomPaths.signIn(locale, returnTo));
  if (!can(user, action)) forbidden();
  return user;
}

/** A newsroom page's locale (404 unless served) and the member allowed to see it, as requirePage decides. */
export async function enterNewsroomPage(
  params: Promise<{ locale: string }>,
  action: NewsroomAction,
  pathFor: (locale: Locale) => string,
): Promise<{ locale: Locale; user: NewsroomUser }> {
  const locale = await resolveLocale(params);
  return { locale, user: await requirePage(locale, action, pathFor(locale)) };
}

export type Denied = { ok: false; reason: "signed-out" | "forbidden" };

/** For Server Actions and route handlers: the allowed member, or why not. */
export async function authorize(action: NewsroomAction): Promise<NewsroomUser | Denied> {
  const user = await currentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (!can(user, action)) return { ok: false, reason: "forbidden" };
  return user;
}

export function isDenied(value: NewsroomUser | Denied): value is Denied {
  return "ok" in value;
}
