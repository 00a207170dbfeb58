import type { Locale } from "next-intl";
import type { GrammaticalGender } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "EDITOR", "TRANSLATOR"] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in newsroom member, as the permission rules see them. */
export interface NewsroomUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** For translators, the locales they translate into; ignored for others. */
  locales: Locale[];
  /** For messages that address the member; null or absent: not set (the unmarked wording). */
  gender?: GrammaticalGender | null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
