"use server";

import type { Locale } from "next-intl";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { endCoverage, setKeyPoints } from "@/lib/live/live-coverage-commands";
import { deleteEntry, postEntry, saveEntryVersion, setEntryPinned } from "@/lib/live/live-entry-commands";
import { entryFormImage, keptImage, type FormImage } from "@/lib/live/entry-image";
import { parseEntryFields, type EntryFieldErrors } from "@/lib/live/live-entry-fields";
import type { UploadError } from "@/lib/newsroom/media/image-store";
import { guardedAction, guardedStateAction } from "@/lib/newsroom/access/guarded-action";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

type Problem = "forbidden" | "not-found" | "not-allowed-now" | "stale" | "invalid";

export type EntryFormErrors = EntryFieldErrors & { image?: UploadError };

export interface EntryFormState {
  values: { target: Locale; title: string; body: string; imageCaption: string; imageAlt: string };
  errors: EntryFormErrors;
  /** The image uploaded with a refused send, stored and carried by the form until the entry is saved. */
  image: FormImage | null;
  problem: Problem | null;
  /** The entry just posted or saved: the composer is empty again, ready for the next. */
  done: number | null;
}

// Bounds the input only; the commands word the real limits next to the fields.
const entryInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  title: formFields.text(2_000),
  body: formFields.text(50_000),
  imageCaption: formFields.text(2_000),
  imageAlt: formFields.text(2_000),
  // Only the forms that may set the image have the file field.
  upload: formFields.file.optional(),
  keptImage: z.string().max(64).optional().catch(undefined),
});

/** What was typed, exactly, so a refused entry comes back in the form. */
function enteredEntry(form: FormData): EntryFormState["values"] {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const target = formFields.locale.safeParse(form.get("target"));
  return {
    target: target.success ? target.data : routing.defaultLocale,
    title: text("title"),
    body: text("body"),
    imageCaption: text("imageCaption"),
    imageAlt: text("imageAlt"),
  };
}

const EMPTY_ENTRY = { title: "", body: "", imageCaption: "", imageAlt: "" };

/**
 * The form's image and the entry's text, checked together: an image refused
 * comes back with every typed field and its reason; one accepted is stored
 * at once and carried by a form refused for another field.
 */
async function entryFormParts(user: NewsroomUser, input: z.output<typeof entryInput>, form: FormData) {
  const values = enteredEntry(form);
  const fields = {
    title: input.title,
    body: input.body,
    imageCaption: input.imageCaption,
    imageAlt: input.imageAlt,
  };
  // Only those who may publish in the language bring an image (the entry's source form); a translation has none.
  const mayUpload = can(user, { type: "translation.publish", locale: input.target });
  const chosen = await entryFormImage(
    user,
    mayUpload ? (input.upload ?? null) : null,
    input.keptImage ?? null,
  );
  if (!chosen.error) return { values, fields, image: chosen.image, refused: null };
  const checked = parseEntryFields(fields);
  const errors = { ...(checked.ok ? {} : checked.errors), image: chosen.error };
  const refused: EntryFormState = { values, errors, image: chosen.image, problem: "invalid", done: null };
  return { values, fields, image: chosen.image, refused };
}

/** A command's refusal, with what was typed and the image kept. */
function refusedByCommand(
  values: EntryFormState["values"],
  image: FormImage | null,
  result: { kind: Problem; errors?: EntryFieldErrors },
): EntryFormState {
  return { values, errors: result.errors ?? {}, image, problem: result.kind, done: null };
}

async function refusedEntry(
  why: "signed-out" | "forbidden" | "invalid",
  form: FormData,
): Promise<EntryFormState> {
  if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
  const kept = form.get("keptImage");
  const image = await keptImage(typeof kept === "string" ? kept : null);
  return { values: enteredEntry(form), errors: {}, image, problem: why, done: null };
}

/** The composer: an entry published at once in its language, the form left empty for the next one. */
export const postEntryAction = guardedStateAction<typeof entryInput, EntryFormState>({
  schema: entryInput,
  permission: (input) => ({ type: "translation.publish", locale: input.target }),
  refuse: refusedEntry,
  run: async (user, input, form) => {
    const { values, fields, image, refused } = await entryFormParts(user, input, form);
    if (refused) return refused;
    const result = await postEntry(user, { storyId: input.storyId, locale: input.target, fields, image });
    if (!result.ok) return refusedByCommand(values, image, result);
    await expireTags(result);
    // The desk lists the new entry at once.
    refresh();
    return {
      values: { target: input.target, ...EMPTY_ENTRY },
      errors: {},
      image: null,
      problem: null,
      done: result.entryId,
    };
  },
});

const versionInput = entryInput.extend({
  entryId: formFields.id,
  revision: z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number),
  publish: z.enum(["0", "1"]).catch("0"),
});

/** Edits an entry's text in one language, or translates it (a draft, or published with the right). */
export const saveEntryVersionAction = guardedStateAction<typeof versionInput, EntryFormState>({
  schema: versionInput,
  permission: (input) => ({
    type: input.publish === "1" ? "translation.publish" : "translation.edit",
    locale: input.target,
  }),
  refuse: refusedEntry,
  run: async (user, input, form) => {
    const { values, fields, image, refused } = await entryFormParts(user, input, form);
    if (refused) return refused;
    const result = await saveEntryVersion(user, {
      entryId: input.entryId,
      locale: input.target,
      revision: input.revision,
      fields,
      publish: input.publish === "1",
      image: image ?? undefined,
    });
    if (!result.ok) return refusedByCommand(values, image, result);
    await expireTags(result);
    redirect(
      `${newsroomPaths.liveDesk(formUiLocale(form), input.storyId)}?done=saved#desk-entry-${input.entryId}`,
    );
  },
});

const deskOrHome = (form: FormData) => {
  const storyId = formFields.id.safeParse(form.get("storyId"));
  return storyId.success ? newsroomPaths.liveDesk(formUiLocale(form), storyId.data) : storyOrHome(form);
};

function backToDesk(form: FormData, storyId: number, outcome: string): never {
  redirect(`${newsroomPaths.liveDesk(formUiLocale(form), storyId)}?${outcome}`);
}

const entryAction = z.object({
  storyId: formFields.id,
  entryId: formFields.id,
  pinned: z.enum(["0", "1"]).catch("0"),
});

export const pinEntryAction = guardedAction({
  schema: entryAction,
  permission: { type: "story.edit" },
  refuse: refuseTo(deskOrHome),
  run: async (user, input, form) => {
    const result = await setEntryPinned(user, { entryId: input.entryId, pinned: input.pinned === "1" });
    if (result.ok) await expireTags(result);
    backToDesk(
      form,
      input.storyId,
      result.ok ? `done=${input.pinned === "1" ? "pinned" : "unpinned"}` : `problem=${result.kind}`,
    );
  },
});

export const deleteEntryAction = guardedAction({
  // The box ticked, or nothing is deleted.
  schema: entryAction.extend({ confirm: z.literal("1") }),
  permission: { type: "story.edit" },
  refuse: refuseTo(deskOrHome),
  run: async (user, input, form) => {
    const result = await deleteEntry(user, { entryId: input.entryId });
    if (result.ok) await expireTags(result);
    backToDesk(form, input.storyId, result.ok ? "done=deleted" : `problem=${result.kind}`);
  },
});

const keyPointsInput = z.object({
  storyId: formFields.id,
  target: formFields.locale,
  keyPoints: formFields.text(20_000),
});

export interface KeyPointsFormState {
  target: Locale;
  keyPoints: string;
  error: EntryFieldErrors["keyPoints"] | null;
  problem: Problem | null;
  saved: boolean;
}

/** The key points above one language's entries; a refused text comes back as typed. */
export const keyPointsAction = guardedStateAction<typeof keyPointsInput, KeyPointsFormState>({
  schema: keyPointsInput,
  permission: (input) => ({ type: "translation.publish", locale: input.target }),
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    const target = formFields.locale.safeParse(form.get("target"));
    const keyPoints = form.get("keyPoints");
    return {
      target: target.success ? target.data : routing.defaultLocale,
      keyPoints: typeof keyPoints === "string" ? keyPoints : "",
      error: null,
      problem: why,
      saved: false,
    };
  },
  run: async (user, input) => {
    const result = await setKeyPoints(user, {
      storyId: input.storyId,
      locale: input.target,
      keyPoints: input.keyPoints,
    });
    const state = { target: input.target, keyPoints: input.keyPoints };
    if (!result.ok) {
      return result.kind === "invalid"
        ? { ...state, error: result.errors.keyPoints ?? "tooLong", problem: "invalid", saved: false }
        : { ...state, error: null, problem: result.kind, saved: false };
    }
    await expireTags(result);
    return { ...state, error: null, problem: null, saved: true };
  },
});

export const endCoverageAction = guardedAction({
  schema: z.object({ storyId: formFields.id, confirm: z.literal("1") }),
  permission: { type: "story.edit" },
  refuse: refuseTo(deskOrHome),
  run: async (user, input, form) => {
    const result = await endCoverage(user, { storyId: input.storyId });
    if (result.ok) await expireTags(result);
    backToDesk(form, input.storyId, result.ok ? "done=ended" : `problem=${result.kind}`);
  },
});
