import type { CountTemplates } from "@/lib/format/count-templates";

/** The count's words for `n`, from the server's templates (see lib/format/count-templates.ts). */
export function countText(templates: CountTemplates, n: number): string {
  const form =
    templates.forms[new Intl.PluralRules(templates.pluralLocale).select(n)] ?? templates.forms.other;
  if (!form) return "";
  return form.text.replace(form.sample, new Intl.NumberFormat(templates.numberLocale).format(n));
}
