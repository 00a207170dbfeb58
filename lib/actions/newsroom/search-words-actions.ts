"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { addArabicPlural, removeArabicPlural } from "@/lib/search-words/arabic-plural-commands";
import {
  acceptGlossaryPair,
  deleteNameSet,
  dismissGlossaryPair,
  saveNameSet,
  type NameSetResult,
} from "@/lib/search-words/name-variant-commands";
import {
  nameSetFormQuery,
  pluralFormQuery,
  type NameSetFormName,
} from "@/lib/search-words/search-words-form";
import {
  MAX_PLURAL_LENGTH,
  MAX_SPELLING_LENGTH,
  MAX_SPELLINGS,
} from "@/lib/search-words/search-words-fields";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

const page = (form: FormData) => newsroomPaths.searchWords(formUiLocale(form));
const refuse = refuseTo(page);
const permission = { type: "searchWords.manage" } as const;

// Lengths are checked precisely by the commands; these only bound the input.
const spellingsInput = formFields.text((MAX_SPELLING_LENGTH + 2) * MAX_SPELLINGS * 2);
const pluralInput = {
  singular: formFields.text(MAX_PLURAL_LENGTH * 4),
  plural: formFields.text(MAX_PLURAL_LENGTH * 4),
};

/** Done: caches dropped, back to the page saying so; refused: why, with what was typed. */
async function answer(
  form: FormData,
  result: NameSetResult,
  done: string,
  anchor: string,
  typed?: { form: NameSetFormName; spellings: string },
): Promise<never> {
  if (result.ok) {
    if (result.tags.length > 0) await expireTags(result);
    redirect(`${page(form)}?done=${done}#${anchor}`);
  }
  if (result.kind === "invalid" && typed) {
    const query = nameSetFormQuery(typed.form, typed.spellings, result.error, result.spelling);
    redirect(`${page(form)}?${query}#${ERROR_SUMMARY_ID}`);
  }
  redirect(`${page(form)}?problem=${result.kind}#${anchor}`);
}

export const createNameSetAction = guardedAction({
  schema: z.object({ spellings: spellingsInput }),
  permission,
  refuse,
  run: async (user, input, form) =>
    answer(form, await saveNameSet(user, null, input.spellings), "create", "name-sets", {
      form: "create",
      spellings: input.spellings,
    }),
});

export const updateNameSetAction = guardedAction({
  schema: z.object({ setId: formFields.id, spellings: spellingsInput }),
  permission,
  refuse,
  run: async (user, input, form) =>
    answer(form, await saveNameSet(user, input.setId, input.spellings), "update", "name-sets", {
      form: `edit-${input.setId}`,
      spellings: input.spellings,
    }),
});

export const deleteNameSetAction = guardedAction({
  schema: z.object({ setId: formFields.id }),
  permission,
  refuse,
  run: async (user, input, form) =>
    answer(form, await deleteNameSet(user, input.setId), "delete", "name-sets"),
});

export const acceptGlossaryPairAction = guardedAction({
  schema: z.object({ termId: formFields.id }),
  permission,
  refuse,
  run: async (user, input, form) =>
    answer(form, await acceptGlossaryPair(user, input.termId), "accept", "glossary-pairs"),
});

export const dismissGlossaryPairAction = guardedAction({
  schema: z.object({ termId: formFields.id }),
  permission,
  refuse,
  run: async (user, input, form) =>
    answer(form, await dismissGlossaryPair(user, input.termId), "dismiss", "glossary-pairs"),
});

export const addArabicPluralAction = guardedAction({
  schema: z.object(pluralInput),
  permission,
  refuse,
  run: async (user, input, form) => {
    const result = await addArabicPlural(user, input);
    if (result.ok) {
      await expireTags(result);
      redirect(`${page(form)}?done=pluralAdd#plurals`);
    }
    if (result.kind === "invalid")
      redirect(`${page(form)}?${pluralFormQuery(input, result.errors)}#${ERROR_SUMMARY_ID}`);
    redirect(`${page(form)}?problem=${result.kind}#plurals`);
  },
});

export const removeArabicPluralAction = guardedAction({
  schema: z.object({ pluralId: formFields.id }),
  permission,
  refuse,
  run: async (user, input, form) => {
    const result = await removeArabicPlural(user, input.pluralId);
    if (result.ok) await expireTags(result);
    redirect(`${page(form)}?${result.ok ? "done=pluralRemove" : `problem=${result.kind}`}#plurals`);
  },
});
