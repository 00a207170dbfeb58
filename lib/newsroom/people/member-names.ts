import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { memberName, memberNameSelect, type MemberName } from "@/lib/newsroom/people/member-name";

/**
 * The members with these ids as the newsroom of `locale` names them, for
 * code that found the ids in a raw query or a stored record. Unknown ids
 * (a deleted member) are absent.
 */
export async function memberNames(ids: Iterable<string>, locale: Locale): Promise<Map<string, MemberName>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const members = await db().user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, ...memberNameSelect },
  });
  return new Map(members.map((member) => [member.id, memberName(member, locale)]));
}

/** One member's name in `locale`, or null when there is no such member. */
export async function memberNameOf(id: string, locale: Locale): Promise<MemberName | null> {
  return (await memberNames([id], locale)).get(id) ?? null;
}
