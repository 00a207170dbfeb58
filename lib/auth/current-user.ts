import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { routing, type AppLocale } from "@/i18n/routing";
import { auth } from "@/lib/auth/auth";
import { isRole, type NewsroomUser } from "@/lib/newsroom/roles";

/** The signed-in newsroom member for this request, or null. Read once per request. */
export const currentUser = cache(async (): Promise<NewsroomUser | null> => {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role, locales } = session.user;
  if (!isRole(role)) return null;
  const known: readonly string[] = routing.locales;
  return {
    id,
    name,
    email,
    role,
    locales: (locales ?? []).filter((locale): locale is AppLocale => known.includes(locale)),
  };
});
