import type { Locale } from "next-intl";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { ACCOUNT_LIMITS } from "@/lib/newsroom/people/create-user";
import { GRAMMATICAL_GENDERS } from "@/lib/newsroom/people/member-name";

/** A display name is a person's name, as long as an account name may be. */
export const DISPLAY_NAME_MAX = ACCOUNT_LIMITS.name;

export type DisplayNameError = "tooLong" | "invalidCharacters";

/** What the profile form holds; "" is "not set" (gender) and "automatic" (email language). */
export interface ProfileValues {
  names: Record<Locale, string>;
  gender: (typeof GRAMMATICAL_GENDERS)[number] | "";
  newsroomLocale: Locale | "";
  emailNotifications: boolean;
}

export const PROFILE_GENDERS = [...GRAMMATICAL_GENDERS, ""] as const;
export const EMAIL_LOCALES = [...routing.locales, ""] as const;

/** The form field holding the display name in `locale`. */
export const nameField = (locale: Locale) => `name-${locale}` as const;

// Controls and the invisible direction marks, embeddings and isolates: a name
// is shown isolated (<bdi>), and a stray mark inside it would reorder the
// sentence around it anyway.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A display name as stored: trimmed, NFC, inner spaces single; empty means none. */
export const displayName = z
  .string()
  .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
  .superRefine((value, ctx) => {
    if (INVISIBLE.test(value)) ctx.addIssue({ code: "custom", message: "invalidCharacters" });
    else if (value.length > DISPLAY_NAME_MAX) ctx.addIssue({ code: "custom", message: "tooLong" });
  });

/** The checks of every display name typed, by language; empty when all are fine. */
export function displayNameErrors(names: Record<Locale, string>): Partial<Record<Locale, DisplayNameError>> {
  const errors: Partial<Record<Locale, DisplayNameError>> = {};
  for (const locale of routing.locales) {
    const checked = displayName.safeParse(names[locale]);
    if (!checked.success) errors[locale] = checked.error.issues[0]!.message as DisplayNameError;
  }
  return errors;
}
