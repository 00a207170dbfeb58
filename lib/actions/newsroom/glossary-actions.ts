"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/glossary/glossary-csv";
import { deleteTerm, importGlossary, saveTerm, type TermResult } from "@/lib/glossary/glossary-commands";
import type { TermInput } from "@/lib/glossary/glossary-fields";
import { importProblemsQuery, termFormQuery, type GlossaryFormName } from "@/lib/glossary/glossary-form";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";

const page = (form: FormData) => newsroomPaths.glossary(formUiLocale(form));
const refuse = refuseTo(page);

// Lengths are checked precisely by parseTerm; these only bound the input.
const termInput = {
  kind: formFields.text(50),
  en: formFields.text(2_000),
  ar: formFields.text(2_000),
  note: formFields.text(5_000),
};

const values = (input: z.infer<z.ZodObject<typeof termInput>>): TermInput => ({
  kind: input.kind,
  names: { en: input.en, ar: input.ar },
  note: input.note,
});

function answer(
  form: FormData,
  which: GlossaryFormName,
  typed: TermInput,
  result: TermResult,
  done: string,
): never {
  if (result.ok) redirect(`${page(form)}?done=${done}`);
  if (result.kind === "invalid")
    redirect(`${page(form)}?${termFormQuery(which, typed, result.errors)}#${ERROR_SUMMARY_ID}`);
  redirect(`${page(form)}?problem=${result.kind}`);
}

export const createTermAction = guardedAction({
  schema: z.object(termInput),
  permission: { type: "glossary.manage" },
  refuse,
  run: async (user, input, form) => {
    const typed = values(input);
    return answer(form, "create", typed, await saveTerm(user, null, typed), "create");
  },
});

export const updateTermAction = guardedAction({
  schema: z.object({ termId: formFields.id, ...termInput }),
  permission: { type: "glossary.manage" },
  refuse,
  run: async (user, input, form) => {
    const typed = values(input);
    return answer(form, `edit-${input.termId}`, typed, await saveTerm(user, input.termId, typed), "update");
  },
});

export const deleteTermAction = guardedAction({
  schema: z.object({ termId: formFields.id }),
  permission: { type: "glossary.manage" },
  refuse,
  run: async (user, input, form) => {
    const result = await deleteTerm(user, input.termId);
    redirect(`${page(form)}?${result.ok ? "done=delete" : `problem=${result.kind}`}`);
  },
});

export const importGlossaryAction = guardedAction({
  schema: z.object({ file: formFields.file }),
  permission: { type: "glossary.manage" },
  refuse,
  run: async (user, input, form) => {
    if (!input.file) redirect(`${page(form)}?problem=noFile#import`);
    if (input.file.size > MAX_IMPORT_BYTES) {
      redirect(`${page(form)}?${importProblemsQuery([{ line: 1, kind: "tooLarge" }])}#import`);
    }
    const result = await importGlossary(user, await input.file.text());
    if (result.ok) redirect(`${page(form)}?done=import&created=${result.created}&updated=${result.updated}`);
    if (result.kind === "invalid") redirect(`${page(form)}?${importProblemsQuery(result.problems)}#import`);
    redirect(`${page(form)}?problem=${result.kind}`);
  },
});
