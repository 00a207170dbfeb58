import type { AppLocale } from "@/i18n/routing";

export const ROLES = ["ADMIN", "EDITOR", "TRANSLATOR"] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in newsroom member, as the permission rules see them. */
export interface NewsroomUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** For translators, the locales they translate into; ignored for others. */
  locales: AppLocale[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
