"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { createSection, renameSection, type SectionCommandResult } from "@/lib/sections/section-commands";
import { moveSection, retireSection } from "@/lib/sections/section-lifecycle";
import { namesFormQuery, type NamesFormName } from "@/lib/forms/localized-names-form";
import type { SectionNameInput } from "@/lib/sections/section-names";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";

const refuse = refuseTo((form) => newsroomPaths.sections(formUiLocale(form)));

// Lengths are checked precisely by the command (parseSectionNames); these only bound the input.
const namesInput = {
  "en.name": formFields.text(1_000),
  "en.slug": formFields.text(1_000),
  "ar.name": formFields.text(1_000),
  "ar.slug": formFields.text(1_000),
};

function names(input: Record<keyof typeof namesInput, string>): SectionNameInput {
  return {
    en: { name: input["en.name"], slug: input["en.slug"] },
    ar: { name: input["ar.name"], slug: input["ar.slug"] },
  };
}

async function answer(
  form: FormData,
  which: NamesFormName | null,
  values: SectionNameInput,
  result: SectionCommandResult,
  done: string,
): Promise<never> {
  const page = newsroomPaths.sections(formUiLocale(form));
  if (result.ok) {
    // Every page showing the menu, the sitemaps and the feeds, in Next's cache and the proxy.
    await expireTags(result);
    redirect(`${page}?done=${done}`);
  }
  if (result.kind === "invalid" && which) {
    redirect(`${page}?${namesFormQuery(which, values, result.errors)}#${ERROR_SUMMARY_ID}`);
  }
  redirect(`${page}?problem=${result.kind}`);
}

export const createSectionAction = guardedAction({
  schema: z.object(namesInput),
  permission: { type: "sections.manage" },
  refuse,
  run: async (user, input, form) => {
    const values = names(input);
    return answer(form, "create", values, await createSection(user, values), "create");
  },
});

export const renameSectionAction = guardedAction({
  schema: z.object({ sectionId: formFields.id, ...namesInput }),
  permission: { type: "sections.manage" },
  refuse,
  run: async (user, input, form) => {
    const values = names(input);
    const result = await renameSection(user, input.sectionId, values);
    return answer(form, `rename-${input.sectionId}`, values, result, "rename");
  },
});

export const moveSectionAction = guardedAction({
  schema: z.object({ sectionId: formFields.id, direction: z.enum(["up", "down"]) }),
  permission: { type: "sections.manage" },
  refuse,
  run: async (user, input, form) =>
    answer(form, null, {}, await moveSection(user, input.sectionId, input.direction), "move"),
});

export const retireSectionAction = guardedAction({
  schema: z.object({
    sectionId: formFields.id,
    // The checkbox is the confirmation; it works without JavaScript.
    confirm: z.literal("yes").optional().catch(undefined),
  }),
  permission: { type: "sections.manage" },
  refuse,
  run: async (user, input, form) => {
    if (!input.confirm) {
      // The section chosen goes back with the question, its form open, so only the box is left to tick.
      const page = newsroomPaths.sections(formUiLocale(form));
      redirect(`${page}?problem=unconfirmed&retire=${input.sectionId}#${ERROR_SUMMARY_ID}`);
    }
    return answer(form, null, {}, await retireSection(user, input.sectionId), "retire");
  },
});
