import "server-only";
import type { Locale } from "next-intl";
import { cookies } from "next/headers";
import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { newReader, READER_COOKIE, readerFromCookie } from "@/lib/comments/signing";
import { storyPath } from "@/lib/urls/reader-paths";
import { slugFromParam } from "@/lib/urls/slug";

/** The signed anonymous reader id, issued on the first comment, vote or report. */
export async function readerId(): Promise<string> {
  const jar = await cookies();
  const existing = readerFromCookie(jar.get(READER_COOKIE)?.value);
  if (existing) return existing;
  const reader = newReader();
  jar.set(READER_COOKIE, reader.cookie, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  return reader.id;
}

/** Which story version a comment form belongs to, from its hidden fields. */
export function formTarget(form: FormData): { locale: Locale; storyId: number; path: string } | null {
  const locale = localeOrNull(form.get("locale"));
  const storyId = idOrNull(form.get("storyId"));
  const slug = slugFromParam(String(form.get("slug") ?? ""));
  if (!locale || storyId === null || !slug) return null;
  return { locale, storyId, path: storyPath(locale, slug) };
}
