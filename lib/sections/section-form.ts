import type { QueryParams } from "@/lib/newsroom/access/route-params";
import { enteredNamesForm, type EnteredNamesForm } from "@/lib/forms/localized-names-form";
import type { SectionErrors } from "@/lib/sections/section-names";

export type EnteredSectionForm = EnteredNamesForm<SectionErrors>;

// The codes the sections screen has words for (Newsroom.sections.errors).
const CODES = ["required", "tooLong", "slugInvalid", "slugScript", "slugTaken", "slugRetired"] as const;

/** A refused section form's typed names and errors, read back from the page's query. */
export function enteredSectionForm(query: QueryParams): EnteredSectionForm | null {
  return enteredNamesForm<SectionErrors>(query, CODES);
}
