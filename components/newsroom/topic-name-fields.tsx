import { useTranslations, type Locale } from "next-intl";
import { withValues } from "@/i18n/with-values";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import { routing } from "@/i18n/routing";
import { MAX_SLUG_LENGTH } from "@/lib/urls/slug";
import { MAX_TOPIC_NAME_LENGTH, type TopicErrors, type TopicNameInput } from "@/lib/topics/topic-names";
import type { EnteredTopicForm } from "@/lib/topics/topic-form";
import type { SummaryError } from "@/components/forms/error-summary";
import { InputField } from "@/components/forms/text-fields";
import { NewsroomCount } from "@/components/newsroom/newsroom-count";

interface Props {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  values: TopicNameInput;
  errors?: TopicErrors;
  /** For the errors that address the member. */
  viewerGender: MessageGender;
}

/** An error code's words (Newsroom.topics.errors), with the limit it quotes. */
type TopicWords = (code: string, max: number) => string;

const fieldId = (form: string, locale: string, field: "name" | "slug") =>
  `${form === "create" ? "new-topic" : form.replace("rename-", "topic-")}-${locale}-${field}`;

/** The refused form's errors for the error summary, each linking to its field (ids as below). */
export function topicErrorList(
  typed: EnteredTopicForm,
  t: TopicWords,
  label: (locale: Locale, field: "name" | "slug") => string,
): SummaryError[] {
  const list: SummaryError[] = [];
  for (const locale of routing.locales) {
    for (const field of ["name", "slug"] as const) {
      const code = typed.errors[locale]?.[field];
      const max = field === "name" ? MAX_TOPIC_NAME_LENGTH : MAX_SLUG_LENGTH;
      if (code)
        list.push({
          field: fieldId(typed.form, locale, field),
          label: label(locale, field),
          text: t(code, max),
        });
    }
  }
  if (typed.errors.names) {
    list.push({ field: fieldId(typed.form, "en", "name"), label: label("en", "name"), text: t("names", 0) });
  }
  return list;
}

/**
 * A topic's name and slug in each language, each typed in its own direction
 * (`dir="auto"`), with errors next to the field in the newsroom's language.
 */
export function TopicNameFields({ idPrefix, values, errors = {}, viewerGender }: Props) {
  const t = withValues(useTranslations("Newsroom.topics"), { viewerGender });
  const error = (code: string | undefined, max: number) =>
    code ? t(`errors.${code as "required"}`, { max }) : undefined;
  return (
    <>
      {routing.locales.map((locale) => (
        <fieldset key={locale} className="field topic-names" lang={locale}>
          <legend>{t(locale === "en" ? "english" : "arabic")}</legend>
          <InputField
            id={`${idPrefix}-${locale}-name`}
            label={t("name")}
            name={`${locale}.name`}
            dir="auto"
            defaultValue={values[locale]?.name ?? ""}
            error={error(errors[locale]?.name, MAX_TOPIC_NAME_LENGTH)}
            count={<NewsroomCount fieldId={`${idPrefix}-${locale}-name`} max={MAX_TOPIC_NAME_LENGTH} />}
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
      ))}
      {errors.names ? (
        <p className="form-error" role="alert">
          {t("errors.names")}
        </p>
      ) : null}
    </>
  );
}
