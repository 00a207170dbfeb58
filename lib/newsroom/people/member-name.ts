import type { Locale } from "next-intl";
import type { GrammaticalGender } from "@/lib/generated/prisma/enums";

/**
 * A member's grammatical gender as ICU `select` reads it: every message that
 * names a member takes `{…Gender, select, female {…} male {…} other {…}}`.
 * Unset is `other`, the neutral wording (masculine in Arabic, the unmarked form).
 */
export type MessageGender = "female" | "male" | "other";

export const GRAMMATICAL_GENDERS = ["FEMININE", "MASCULINE"] as const satisfies readonly GrammaticalGender[];

export function messageGender(gender: GrammaticalGender | null | undefined): MessageGender {
  if (gender === "FEMININE") return "female";
  if (gender === "MASCULINE") return "male";
  return "other";
}

export function isGrammaticalGender(value: unknown): value is GrammaticalGender {
  return (GRAMMATICAL_GENDERS as readonly unknown[]).includes(value);
}

/** A member as a message names them: the name for the newsroom's language, and its agreement. */
export interface MemberName {
  name: string;
  gender: MessageGender;
}

/** What a query selects to name a member (`select: { …memberNameSelect }`). */
export const memberNameSelect = {
  name: true,
  gender: true,
  displayNames: { select: { locale: true, name: true } },
} as const;

export interface NamedMember {
  name: string;
  gender: GrammaticalGender | null;
  displayNames: { locale: Locale; name: string }[];
}

/** The member's display name in `locale` (Karim Nassar, «كريم نصّار»); without one, their account name. */
export function memberName(member: NamedMember, locale: Locale): MemberName {
  const shown = member.displayNames.find((display) => display.locale === locale)?.name;
  return { name: shown || member.name, gender: messageGender(member.gender) };
}
