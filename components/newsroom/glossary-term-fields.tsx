import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import {
  GLOSSARY_KINDS,
  MAX_NOTE_LENGTH,
  MAX_TERM_LENGTH,
  type TermErrors,
  type TermInput,
} from "@/lib/glossary/glossary-fields";
import { FormField } from "@/components/forms/form-field";

const LANGUAGES = [
  ["en", "ltr"],
  ["ar", "rtl"],
] as const;

/** A term's kind, its name in each language and a note, with each field's error beside it. */
export async function GlossaryTermFields({
  locale,
  idPrefix,
  values,
  errors,
}: {
  locale: Locale;
  idPrefix: string;
  values: TermInput;
  errors: TermErrors | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.glossary" });
  const error = (field: keyof TermErrors) => {
    const code = errors?.[field];
    return code
      ? t(`errors.${code}`, { max: field === "note" ? MAX_NOTE_LENGTH : MAX_TERM_LENGTH })
      : undefined;
  };
  return (
    <>
      <FormField id={`${idPrefix}-kind`} label={t("kind")} error={error("kind")}>
        {(control) => (
          <select {...control} name="kind" defaultValue={values.kind.toUpperCase() || "PERSON"}>
            {GLOSSARY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {LANGUAGES.map(([language, dir]) => (
        <FormField
          key={language}
          id={`${idPrefix}-${language}`}
          label={t(`name.${language}`)}
          error={error(language as Locale)}
        >
          {(control) => (
            <input
              {...control}
              name={language}
              type="text"
              lang={language}
              dir={dir}
              defaultValue={values.names[language as Locale] ?? ""}
            />
          )}
        </FormField>
      ))}
      <FormField id={`${idPrefix}-note`} label={t("note")} error={error("note")} hint={t("noteHint")}>
        {(control) => <input {...control} name="note" type="text" dir="auto" defaultValue={values.note} />}
      </FormField>
    </>
  );
}
