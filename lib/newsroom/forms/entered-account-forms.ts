import { routing } from "@/i18n/routing";
import { ACCOUNT_LIMITS, newUserSchema } from "@/lib/newsroom/people/create-user";
import type { QueryParams } from "@/lib/newsroom/access/route-params";
import { ROLES, type Role } from "@/lib/newsroom/access/roles";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";

// The Users page's forms are plain server forms: a refusal goes back to the
// page with what was typed in the query string, so nothing typed is lost
// without JavaScript either. Except the password: a password never travels
// in a URL (history, logs), so the form asks for it again, and says so.

export type NewUserField = "name" | "email" | "password";

export interface EnteredNewUser {
  name: string;
  email: string;
  role: Role;
  locales: string[];
  /** The fields refused, each worded by the screen. */
  errors: NewUserField[];
  /** The email is someone else's already. */
  taken: boolean;
}

export interface EnteredRole {
  userId: string;
  role: Role;
  locales: string[];
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const roleOf = (value: string): Role => ROLES.find((role) => role === value) ?? "TRANSLATOR";
const localesOf = (value: string) => routing.locales.filter((locale) => value.split(",").includes(locale));
const text = (form: FormData, name: string, max: number) => String(form.get(name) ?? "").slice(0, max);

/** Where a refused new account goes back to: the fields that fail, what was typed, no password. */
export function refusedNewUserPath(page: string, form: FormData, kind: string): string {
  const checked = newUserSchema.safeParse({
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
    role: form.get("role"),
  });
  const errors = checked.success
    ? []
    : [...new Set(checked.error.issues.map((issue) => String(issue.path[0])))].filter(
        (field) => field === "name" || field === "email" || field === "password",
      );
  const query = new URLSearchParams({
    problem: kind,
    form: "new-user",
    name: text(form, "name", ACCOUNT_LIMITS.name * 2),
    email: text(form, "email", ACCOUNT_LIMITS.email * 2),
    role: roleOf(text(form, "role", 20)),
    locales: localesOf(form.getAll("locales").map(String).join(",")).join(","),
    errors: errors.join(","),
  });
  return `${page}?${query}#${ERROR_SUMMARY_ID}`;
}

export function enteredNewUser(query: QueryParams): EnteredNewUser | null {
  if (one(query.form) !== "new-user") return null;
  return {
    name: one(query.name).slice(0, ACCOUNT_LIMITS.name * 2),
    email: one(query.email).slice(0, ACCOUNT_LIMITS.email * 2),
    role: roleOf(one(query.role)),
    locales: localesOf(one(query.locales)),
    errors: (["name", "email", "password"] as const).filter((field) =>
      one(query.errors).split(",").includes(field),
    ),
    taken: one(query.problem) === "taken",
  };
}

/** Where a refused role change goes back to, with the role and languages chosen for that member. */
export function refusedRolePath(page: string, form: FormData, kind: string): string {
  const query = new URLSearchParams({
    problem: kind,
    form: "role",
    user: text(form, "userId", 100),
    role: roleOf(text(form, "role", 20)),
    locales: localesOf(form.getAll("locales").map(String).join(",")).join(","),
  });
  return `${page}?${query}#${ERROR_SUMMARY_ID}`;
}

export function enteredRole(query: QueryParams): EnteredRole | null {
  if (one(query.form) !== "role") return null;
  return {
    userId: one(query.user).slice(0, 100),
    role: roleOf(one(query.role)),
    locales: localesOf(one(query.locales)),
  };
}
