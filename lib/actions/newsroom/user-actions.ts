"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { ROLES } from "@/lib/newsroom/access/roles";
import { addUser, changeRole, setUserDisabled } from "@/lib/newsroom/people/users";
import { refusedNewUserPath, refusedRolePath } from "@/lib/newsroom/forms/entered-account-forms";

const refuse = refuseTo((form) => newsroomPaths.users(formUiLocale(form)));
const usersPage = (form: FormData) => newsroomPaths.users(formUiLocale(form));

const roleInput = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(ROLES),
  locales: formFields.locales,
});

export const changeRoleAction = guardedAction({
  schema: roleInput,
  permission: { type: "users.manage" },
  refuse: (why, form) =>
    why === "signed-out" ? refuse(why, form) : redirect(refusedRolePath(usersPage(form), form, why)),
  run: async (user, input, form) => {
    const result = await changeRole(user, input);
    if (!result.ok) redirect(refusedRolePath(usersPage(form), form, result.kind));
    redirect(`${usersPage(form)}?done=role`);
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
  refuse: (why, form) =>
    why === "signed-out" ? refuse(why, form) : redirect(refusedNewUserPath(usersPage(form), form, why)),
  run: async (user, input, form) => {
    const result = await addUser(user, input);
    if (!result.ok) redirect(refusedNewUserPath(usersPage(form), form, result.kind));
    redirect(`${usersPage(form)}?done=add`);
  },
});

const accessInput = z.object({
  userId: z.string().min(1).max(100),
  disabled: z.enum(["0", "1"]),
  // The checkbox is the confirm step; it works without JavaScript.
  confirm: z.string().max(10).optional(),
});

export const setAccessAction = guardedAction({
  schema: accessInput,
  permission: { type: "users.disable" },
  refuse,
  run: async (user, input, form) => {
    const disabled = input.disabled === "1";
    const result = await setUserDisabled(user, {
      userId: input.userId,
      disabled,
      confirmed: input.confirm === "yes",
    });
    const done = disabled ? "disable" : "enable";
    redirect(
      `${newsroomPaths.users(formUiLocale(form))}?${result.ok ? `done=${done}` : `problem=${result.kind}`}`,
    );
  },
});
