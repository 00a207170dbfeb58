"use server";

import { hasLocale } from "next-intl";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { routing, type AppLocale } from "@/i18n/routing";
import { currentUser } from "@/lib/auth/current-user";
import { changeStatus, type WorkflowStep } from "@/lib/newsroom/change-status";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { saveTranslation, type StoredVersion } from "@/lib/newsroom/save-translation";
import type { FieldErrors, TranslationInput } from "@/lib/newsroom/translation-fields";

export interface EditorState {
  values: Required<TranslationInput>;
  baseRevision: number | null;
  errors: FieldErrors;
  problem: "conflict" | "forbidden" | "not-found" | "invalid" | null;
  theirs: StoredVersion | null;
}

function localeOf(value: FormDataEntryValue | null): AppLocale | null {
  const text = String(value ?? "");
  return hasLocale(routing.locales, text) ? text : null;
}

function intOf(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? "");
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

// Published pages change at once: each tag's cached data and pages expire
// now, and the next reader request renders them afresh.
function expire(tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

export async function saveTranslationAction(previous: EditorState, form: FormData): Promise<EditorState> {
  const uiLocale = localeOf(form.get("uiLocale")) ?? routing.defaultLocale;
  const target = localeOf(form.get("target"));
  const storyId = intOf(form.get("storyId"));
  const values = {
    slug: String(form.get("slug") ?? ""),
    headline: String(form.get("headline") ?? ""),
    dek: String(form.get("dek") ?? ""),
    body: String(form.get("body") ?? ""),
    leadImageAlt: String(form.get("leadImageAlt") ?? ""),
  };
  const baseRevision = intOf(form.get("baseRevision"));
  const keep = { ...previous, values, baseRevision, errors: {}, theirs: null };
  if (!target || storyId === null) return { ...keep, problem: "not-found" };
  const result = await saveTranslation(await currentUser(), {
    storyId,
    locale: target,
    baseRevision,
    sourceRevision: intOf(form.get("sourceRevision")) ?? 0,
    fields: values,
  });
  if (!result.ok) {
    if (result.kind === "invalid") return { ...keep, errors: result.errors, problem: "invalid" };
    if (result.kind === "conflict") return { ...keep, problem: "conflict", theirs: result.theirs };
    return { ...keep, problem: result.kind };
  }
  expire(result.tags);
  redirect(`${newsroomPaths.translation(uiLocale, storyId, target)}?saved=${result.revision}`);
}

export async function changeStatusAction(form: FormData): Promise<void> {
  const uiLocale = localeOf(form.get("uiLocale")) ?? routing.defaultLocale;
  const target = localeOf(form.get("target"));
  const storyId = intOf(form.get("storyId"));
  const step = String(form.get("step") ?? "") as WorkflowStep;
  if (!target || storyId === null || !["submit", "withdraw", "publish", "unpublish"].includes(step)) {
    redirect(newsroomPaths.home(uiLocale));
  }
  const result = await changeStatus(await currentUser(), { storyId, locale: target, step });
  if (result.ok) expire(result.tags);
  const outcome = result.ok ? `done=${step}` : `problem=${result.kind}`;
  redirect(`${newsroomPaths.story(uiLocale, storyId)}?${outcome}&locale=${target}`);
}
