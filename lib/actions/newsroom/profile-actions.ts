"use server";

import type { Locale } from "next-intl";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { formUiLocale } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedStateAction } from "@/lib/newsroom/access/guarded-action";
import { updateMemberProfile } from "@/lib/newsroom/people/member-profile";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import {
  EMAIL_LOCALES,
  nameField,
  PROFILE_GENDERS,
  type DisplayNameError,
  type ProfileValues,
} from "@/lib/newsroom/people/profile-fields";

export interface ProfileFormState {
  values: ProfileValues;
  errors: Partial<Record<Locale, DisplayNameError>>;
  problem: "forbidden" | "not-found" | "invalid" | null;
}

const genderField = z.enum(PROFILE_GENDERS).catch("");
const emailLocaleField = z.enum(EMAIL_LOCALES).catch("");

const profileInput = z.object({
  // Present only when an admin edits another member's profile.
  member: z.string().min(1).max(100).optional(),
  // Bounds the input only; the command words the real limit next to the field.
  [nameField("en")]: formFields.text(2_000),
  [nameField("ar")]: formFields.text(2_000),
  gender: genderField,
  newsroomLocale: emailLocaleField,
  emailNotifications: z.literal("on").optional().catch(undefined),
});

/** What was typed and chosen, exactly, so a refused profile comes back in the form. */
function enteredProfile(form: FormData): ProfileValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    names: Object.fromEntries(routing.locales.map((locale) => [locale, text(nameField(locale))])) as Record<
      Locale,
      string
    >,
    gender: genderField.parse(form.get("gender")),
    newsroomLocale: emailLocaleField.parse(form.get("newsroomLocale")),
    emailNotifications: form.get("emailNotifications") === "on",
  };
}

export const saveProfileAction = guardedStateAction<typeof profileInput, ProfileFormState>({
  schema: profileInput,
  // Every member keeps their own profile; another member's is an admin's to change.
  permission: (input) => (input.member ? { type: "users.manage" } : { type: "newsroom.enter" }),
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    return {
      values: enteredProfile(form),
      errors: {},
      problem: why === "forbidden" ? "forbidden" : "invalid",
    };
  },
  run: async (user, input, form) => {
    const values = enteredProfile(form);
    const result = await updateMemberProfile(user, input.member ?? user.id, values);
    if (!result.ok) {
      if (result.kind === "invalid") return { values, errors: result.errors, problem: "invalid" };
      return { values, errors: {}, problem: result.kind };
    }
    // The header names the member too: the whole newsroom renders afresh, not only this page.
    revalidatePath("/[locale]/newsroom", "layout");
    const page = newsroomPaths.account(formUiLocale(form), input.member);
    redirect(`${page}${page.includes("?") ? "&" : "?"}done=${input.member ? "savedOther" : "saved"}`);
  },
});
