"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { localeList, uiLocaleOf } from "@/lib/form-values";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { addUser, changeRole, setUserDisabled } from "@/lib/newsroom/users";

export async function changeRoleAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const result = await changeRole(await currentUser(), {
    userId: String(form.get("userId") ?? ""),
    role: String(form.get("role") ?? "") as "EDITOR",
    locales: localeList(form, "locales"),
  });
  redirect(`${newsroomPaths.users(locale)}?${result.ok ? "done=role" : `problem=${result.kind}`}`);
}

export async function addUserAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const result = await addUser(await currentUser(), {
    email: String(form.get("email") ?? ""),
    name: String(form.get("name") ?? ""),
    password: String(form.get("password") ?? ""),
    role: String(form.get("role") ?? "") as "EDITOR",
    locales: localeList(form, "locales"),
  });
  redirect(`${newsroomPaths.users(locale)}?${result.ok ? "done=add" : `problem=${result.kind}`}`);
}

export async function setAccessAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const disabled = form.get("disabled") === "1";
  const result = await setUserDisabled(await currentUser(), {
    userId: String(form.get("userId") ?? ""),
    disabled,
    // The checkbox is the confirm step; it works without JavaScript.
    confirmed: form.get("confirm") === "yes",
  });
  const done = disabled ? "disable" : "enable";
  redirect(`${newsroomPaths.users(locale)}?${result.ok ? `done=${done}` : `problem=${result.kind}`}`);
}
