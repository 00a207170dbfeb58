"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formFields } from "@/lib/newsroom/form-schema";
import { guardedAction, type Refusal } from "@/lib/newsroom/guarded-action";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { ROLES } from "@/lib/newsroom/roles";
import { addUser, changeRole } from "@/lib/newsroom/users";

function uiLocale(form: FormData) {
  return formFields.uiLocale.parse(form.get("uiLocale"));
}

function refuse(why: Refusal, form: FormData): never {
  if (why === "signed-out") redirect(newsroomPaths.signIn(uiLocale(form)));
  redirect(`${newsroomPaths.users(uiLocale(form))}?problem=${why}`);
}

const roleInput = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(ROLES),
  locales: formFields.locales,
});

export const changeRoleAction = guardedAction({
  schema: roleInput,
  permission: { type: "users.manage" },
  refuse,
  run: async (user, input, form) => {
    const result = await changeRole(user, input);
    redirect(`${newsroomPaths.users(uiLocale(form))}?${result.ok ? "done=role" : `problem=${result.kind}`}`);
  },
});

// Lengths are checked precisely by addUser's own schema; these only bound the input.
const addInput = z.object({
  email: formFields.text(1_000),
  name: formFields.text(1_000),
  password: formFields.text(1_000),
  role: z.enum(ROLES),
  locales: formFields.locales,
});

export const addUserAction = guardedAction({
  schema: addInput,
  permission: { type: "users.manage" },
  refuse,
  run: async (user, input, form) => {
    const result = await addUser(user, input);
    redirect(`${newsroomPaths.users(uiLocale(form))}?${result.ok ? "done=add" : `problem=${result.kind}`}`);
  },
});
