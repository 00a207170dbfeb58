import { useTranslations, type Locale } from "next-intl";
import { withValues } from "@/i18n/with-values";
import { routing } from "@/i18n/routing";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import { MAX_SLUG_LENGTH } from "@/lib/urls/slug";
import type {
  EnteredNamesForm,
  LocalizedNames,
  LocalizedNamesErrors,
} from "@/lib/forms/localized-names-form";
import type { SummaryError } from "@/components/forms/error-summary";
import { InputField } from "@/components/forms/text-fields";
import { NewsroomCount } from "@/components/newsroom/newsroom-count";

/** What is named: its messages' namespace and the ids' word ("new-topic-en-name", "section-3-ar-slug"). */
export type NamedThing = "section" | "topic";
const NAMESPACE = { section: "Newsroom.sections", topic: "Newsroom.topics" } as const;

/** The id `LocalizedNameFields` gives a field of a form, for the error summary's links. */
export const localizedNameFieldId = (
  thing: NamedThing,
  form: string,
  locale: string,
  field: "name" | "slug",
) => `${form === "create" ? `new-${thing}` : form.replace("rename-", `${thing}-`)}-${locale}-${field}`;

/** The refused form's errors for the error summary, each linking to its field. */
export function localizedNameErrorList(
  thing: NamedThing,
  typed: EnteredNamesForm,
  maxName: number,
  words: (code: string, max: number) => string,
  label: (locale: Locale, field: "name" | "slug") => string,
): SummaryError[] {
  const list = routing.locales.flatMap((locale) =>
    (["name", "slug"] as const).flatMap((field) => {
      const code = typed.errors[locale]?.[field];
      const max = field === "name" ? maxName : MAX_SLUG_LENGTH;
      return code
        ? [
            {
              field: localizedNameFieldId(thing, typed.form, locale, field),
              label: label(locale, field),
              text: words(code, max),
            },
          ]
        : [];
    }),
  );
  if (typed.errors.names) {
    const field = localizedNameFieldId(thing, typed.form, "en", "name");
    list.push({ field, label: label("en", "name"), text: words("names", 0) });
  }
  return list;
}

interface Props {
  thing: NamedThing;
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  values: LocalizedNames;
  errors?: LocalizedNamesErrors;
  maxName: number;
  /** For the errors that address the member. */
  viewerGender: MessageGender;
}

/**
 * A name and a slug in each language, each typed in its own direction
 * (`dir="auto"`), with errors next to the field in the newsroom's language.
 */
export function LocalizedNameFields({ thing, idPrefix, values, errors = {}, maxName, viewerGender }: Props) {
  const t = withValues(useTranslations(NAMESPACE[thing]), { viewerGender });
  const error = (code: string | undefined, max: number) =>
    code ? t(`errors.${code as "required"}`, { max }) : undefined;
  const field = (locale: Locale, which: "name" | "slug", max: number) => (
    <InputField
      id={`${idPrefix}-${locale}-${which}`}
      label={t(which)}
      name={`${locale}.${which}`}
      dir="auto"
      defaultValue={values[locale]?.[which] ?? ""}
      error={error(errors[locale]?.[which], max)}
      count={<NewsroomCount fieldId={`${idPrefix}-${locale}-${which}`} max={max} />}
    />
  );
  return (
    <>
      {routing.locales.map((locale) => (
        <fieldset key={locale} className="field topic-names" lang={locale}>
          <legend>{t(locale === "en" ? "english" : "arabic")}</legend>
          {field(locale, "name", maxName)}
          {field(locale, "slug", MAX_SLUG_LENGTH)}
        </fieldset>
      ))}
      {errors.names ? (
        <p className="form-error" role="alert">
          {error("names", 0)}
        </p>
      ) : null}
    </>
  );
}
