"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { routing, type AppLocale } from "@/i18n/routing";
import { currentUser } from "@/lib/auth/current-user";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { addUser, changeRole } from "@/lib/newsroom/users";

function uiLocale(form: FormData): AppLocale {
  const value = String(form.get("uiLocale") ?? "");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const result = await changeRole(await currentUser(), {
    userId: String(form.get("userId") ?? ""),
    role: String(form.get("role") ?? "") as "EDITOR",
    locales: form.getAll("locales").map(String) as ("en" | "ar")[],
  });
  redirect(`${newsroomPaths.users(locale)}?${result.ok ? "done=role" : `problem=${result.kind}`}`);
}

export async function addUserAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const result = await addUser(await currentUser(), {
    email: String(form.get("email") ?? ""),
    name: String(form.get("name") ?? ""),
    password: String(form.get("password") ?? ""),
    role: String(form.get("role") ?? "") as "EDITOR",
    locales: form.getAll("locales").map(String) as ("en" | "ar")[],
  });
  redirect(`${newsroomPaths.users(locale)}?${result.ok ? "done=add" : `problem=${result.kind}`}`);
}
