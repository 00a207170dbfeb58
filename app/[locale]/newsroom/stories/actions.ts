"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { idList, idOrNull, localeOrNull, uiLocaleOf } from "@/lib/form-values";
import { currentUser } from "@/lib/auth/current-user";
import { changeStatus, type WorkflowStep } from "@/lib/newsroom/change-status";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { storeImage } from "@/lib/newsroom/media";
import { restoreRevision } from "@/lib/newsroom/revision-history";
import { createStory, updateStoryDetails, type LeadImage } from "@/lib/newsroom/story-details";
import { saveTranslation, type StoredVersion } from "@/lib/newsroom/save-translation";
import type { FieldErrors, TranslationInput } from "@/lib/newsroom/translation-fields";

export interface EditorState {
  values: Required<TranslationInput>;
  baseRevision: number | null;
  errors: FieldErrors;
  problem: "conflict" | "forbidden" | "not-found" | "invalid" | null;
  theirs: StoredVersion | null;
}

// Published pages change at once: each tag's cached data and pages expire
// now, and the next reader request renders them afresh.
function expire(tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

export async function saveTranslationAction(previous: EditorState, form: FormData): Promise<EditorState> {
  const uiLocale = uiLocaleOf(form);
  const target = localeOrNull(form.get("target"));
  const storyId = idOrNull(form.get("storyId"));
  const values = {
    slug: String(form.get("slug") ?? ""),
    headline: String(form.get("headline") ?? ""),
    dek: String(form.get("dek") ?? ""),
    body: String(form.get("body") ?? ""),
    leadImageAlt: String(form.get("leadImageAlt") ?? ""),
  };
  const baseRevision = idOrNull(form.get("baseRevision"));
  const keep = { ...previous, values, baseRevision, errors: {}, theirs: null };
  if (!target || storyId === null) return { ...keep, problem: "not-found" };
  const result = await saveTranslation(await currentUser(), {
    storyId,
    locale: target,
    baseRevision,
    sourceRevision: idOrNull(form.get("sourceRevision")) ?? 0,
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
  const uiLocale = uiLocaleOf(form);
  const target = localeOrNull(form.get("target"));
  const storyId = idOrNull(form.get("storyId"));
  const step = String(form.get("step") ?? "") as WorkflowStep;
  if (!target || storyId === null || !["submit", "withdraw", "publish", "unpublish"].includes(step)) {
    redirect(newsroomPaths.home(uiLocale));
  }
  const result = await changeStatus(await currentUser(), { storyId, locale: target, step });
  if (result.ok) expire(result.tags);
  const outcome = result.ok ? `done=${step}` : `problem=${result.kind}`;
  redirect(`${newsroomPaths.story(uiLocale, storyId)}?${outcome}&locale=${target}`);
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const uiLocale = uiLocaleOf(form);
  const target = localeOrNull(form.get("target"));
  const storyId = idOrNull(form.get("storyId"));
  const number = idOrNull(form.get("number"));
  const baseRevision = idOrNull(form.get("baseRevision"));
  if (!target || storyId === null || number === null || baseRevision === null)
    redirect(newsroomPaths.home(uiLocale));
  const result = await restoreRevision(await currentUser(), {
    storyId,
    locale: target,
    number,
    baseRevision,
  });
  const history = newsroomPaths.history(uiLocale, storyId, target);
  if (!result.ok) redirect(`${history}?problem=${result.kind}`);
  expire(result.tags);
  redirect(`${history}?restored=${number}`);
}

export interface CreateState {
  values: Record<string, string>;
  errors: Partial<Record<string, string>>;
  problem: "invalid" | "forbidden" | null;
}

async function chosenImage(
  form: FormData,
): Promise<{ image: LeadImage | null; error?: "imageType" | "imageTooLarge" }> {
  const upload = form.get("upload");
  if (upload instanceof File && upload.size > 0) {
    const stored = await storeImage(new Uint8Array(await upload.arrayBuffer()));
    return stored.ok ? { image: stored } : { image: null, error: stored.error };
  }
  const [src, width, height] = String(form.get("image") ?? "").split("|");
  return src ? { image: { src, width: Number(width), height: Number(height) } } : { image: null };
}

export async function createStoryAction(_previous: CreateState, form: FormData): Promise<CreateState> {
  const uiLocale = uiLocaleOf(form);
  const values = Object.fromEntries(
    ["sourceLocale", "sectionId", "slug", "headline", "dek", "body", "leadImageAlt", "image"].map((key) => [
      key,
      String(form.get(key) ?? ""),
    ]),
  );
  const user = await currentUser();
  const { image, error } = await chosenImage(form);
  if (error) return { values, errors: { image: error }, problem: "invalid" };
  const result = await createStory(user, {
    sourceLocale: localeOrNull(form.get("sourceLocale")) ?? uiLocale,
    sectionId: idOrNull(form.get("sectionId")) ?? 0,
    authorIds: idList(form, "authorIds"),
    image,
    fields: {
      slug: values.slug!,
      headline: values.headline!,
      dek: values.dek!,
      body: values.body!,
      leadImageAlt: values.leadImageAlt!,
    },
  });
  if (!result.ok) {
    return { values, errors: result.kind === "invalid" ? result.errors : {}, problem: result.kind };
  }
  redirect(newsroomPaths.story(uiLocale, result.storyId));
}

export async function updateDetailsAction(form: FormData): Promise<void> {
  const uiLocale = uiLocaleOf(form);
  const storyId = idOrNull(form.get("storyId")) ?? 0;
  const { image, error } = await chosenImage(form);
  const story = newsroomPaths.story(uiLocale, storyId);
  if (error) redirect(`${story}?problem=${error}`);
  const result = await updateStoryDetails(await currentUser(), {
    storyId,
    sectionId: idOrNull(form.get("sectionId")) ?? 0,
    authorIds: idList(form, "authorIds"),
    image,
  });
  if (result.ok) expire(result.tags);
  redirect(`${story}?${result.ok ? "done=details" : `problem=${result.kind}`}`);
}
