import { useTranslations, type Locale } from "next-intl";
import { withValues } from "@/i18n/with-values";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import { routing } from "@/i18n/routing";
import { MAX_SLUG_LENGTH } from "@/lib/urls/slug";
import {
  MAX_SECTION_NAME_LENGTH,
  type SectionErrors,
  type SectionNameInput,
} from "@/lib/sections/section-names";
import type { EnteredSectionForm } from "@/lib/sections/section-form";
import type { SummaryError } from "@/components/forms/error-summary";
import { InputField } from "@/components/forms/text-fields";
import { NewsroomCount } from "@/components/newsroom/newsroom-count";

interface Props {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  values: SectionNameInput;
  errors?: SectionErrors;
  /** For the errors that address the member. */
  viewerGender: MessageGender;
}

/** The fields' ids of a form (as `SectionNameFields` makes them), for the error summary's links. */
export const sectionFieldId = (form: string, locale: string, field: "name" | "slug") =>
  `${form === "create" ? "new-section" : form.replace("rename-", "section-")}-${locale}-${field}`;

/** The refused form's errors for the error summary, each linking to its field. */
export function sectionErrorList(
  typed: EnteredSectionForm,
  words: (code: string, max: number) => string,
  label: (locale: Locale, field: "name" | "slug") => string,
): SummaryError[] {
  return routing.locales.flatMap((locale) =>
    (["name", "slug"] as const).flatMap((field) => {
      const code = typed.errors[locale]?.[field];
      const max = field === "name" ? MAX_SECTION_NAME_LENGTH : MAX_SLUG_LENGTH;
      return code
        ? [
            {
              field: sectionFieldId(typed.form, locale, field),
              label: label(locale, field),
              text: words(code, max),
            },
          ]
        : [];
    }),
  );
}

/**
 * A section's name and slug in each language, both required, each typed in
 * its own direction (`dir="auto"`), errors next to the field in the newsroom's language.
 */
export function SectionNameFields({ idPrefix, values, errors = {}, viewerGender }: Props) {
  const t = withValues(useTranslations("Newsroom.sections"), { viewerGender });
  const error = (code: string | undefined, max: number) =>
    code ? t(`errors.${code as "required"}`, { max }) : undefined;
  return routing.locales.map((locale) => (
    <fieldset key={locale} className="field topic-names" lang={locale}>
      <legend>{t(locale === "en" ? "english" : "arabic")}</legend>
      <InputField
        id={`${idPrefix}-${locale}-name`}
        label={t("name")}
        name={`${locale}.name`}
        dir="auto"
        defaultValue={values[locale]?.name ?? ""}
        error={error(errors[locale]?.name, MAX_SECTION_NAME_LENGTH)}
        count={<NewsroomCount fieldId={`${idPrefix}-${locale}-name`} max={MAX_SECTION_NAME_LENGTH} />}
      />
      <InputField
        id={`${idPrefix}-${locale}-slug`}
        label={t("slug")}
        name={`${locale}.slug`}
        dir="auto"
        defaultValue={values[locale]?.slug ?? ""}
        error={error(errors[locale]?.slug, MAX_SLUG_LENGTH)}
        count={<NewsroomCount fieldId={`${idPrefix}-${locale}-slug`} max={MAX_SLUG_LENGTH} />}
      />
    </fieldset>
  ));
}
