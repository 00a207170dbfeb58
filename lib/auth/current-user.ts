import "server-only";
import type { Locale } from "next-intl";
import { headers } from "next/headers";
import { cache } from "react";
import { routing } from "@/i18n/routing";
import { auth } from "@/lib/auth/auth";
import { isGrammaticalGender } from "@/lib/newsroom/people/member-name";
import { isRole, type NewsroomUser } from "@/lib/newsroom/access/roles";

/**
 * The newsroom member whose session these request headers carry, or null.
 * A disabled member is nobody, even with a live session: disabling deletes
 * sessions, and this closes the gap for one created in the same instant.
 */
export async function sessionUser(requestHeaders: Headers): Promise<NewsroomUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role, locales, disabledAt, gender } = session.user;
  if (!isRole(role) || disabledAt) return null;
  const known: readonly string[] = routing.locales;
  return {
    id,
    name,
    email,
    role,
    locales: (locales ?? []).filter((locale): locale is Locale => known.includes(locale)),
    gender: isGrammaticalGender(gender) ? gender : null,
  };
}

/** The signed-in newsroom member for this request, or null. Read once per request. */
export const currentUser = cache(async (): Promise<NewsroomUser | null> => sessionUser(await headers()));
