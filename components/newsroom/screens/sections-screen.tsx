import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import { viewerGender } from "@/lib/newsroom/people/viewer-gender";
import type { EnteredSectionForm } from "@/lib/sections/section-form";
import type { AdminSection } from "@/lib/sections/section-admin-list";
import { createSectionAction } from "@/lib/actions/newsroom/section-actions";
import { ClientMessages } from "@/components/client-messages";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { LocalizedNameFields, localizedNameErrorList } from "@/components/forms/localized-name-fields";
import { MAX_SECTION_NAME_LENGTH } from "@/lib/sections/section-names";
import { SectionsTable } from "@/components/newsroom/sections/sections-table";
import { RetiredSections } from "@/components/newsroom/sections/retired-sections";
import { ErrorSummary } from "@/components/forms/error-summary";

export const SECTIONS_DONE = ["create", "rename", "move", "retire"] as const;
export const SECTIONS_PROBLEMS = [
  "forbidden",
  "not-found",
  "invalid",
  "unconfirmed",
  "last-section",
] as const;

interface Props {
  locale: Locale;
  sections: { active: AdminSection[]; retired: AdminSection[] };
  done: (typeof SECTIONS_DONE)[number] | null;
  problem: (typeof SECTIONS_PROBLEMS)[number] | null;
  /** The names form the server refused, with what was typed. */
  typed: EnteredSectionForm | null;
  /** The section whose retirement the server asked to confirm: its form stays open. */
  retiring: number | null;
}

/** The sections of the site's menus: add, rename, reorder and retire them. Admins only. */
export async function SectionsScreen({ locale, sections, done, problem, typed, retiring }: Props) {
  const gender = await viewerGender();
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom.sections" }), {
    viewerGender: gender,
  });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const created = typed?.form === "create" ? typed : null;
  const summary =
    problem === "unconfirmed" && retiring !== null
      ? [{ field: `retire-confirm-${retiring}`, label: t("retireConfirm"), text: t("problem.unconfirmed") }]
      : typed
        ? localizedNameErrorList(
            "section",
            typed,
            MAX_SECTION_NAME_LENGTH,
            (code, max) => t(`errors.${code as "required"}`, { max }),
            (language, field) => `${t(field)} (${t(language === "en" ? "english" : "arabic")})`,
          )
        : [];
  // Client messages for the names' live counts only.
  return (
    <ClientMessages locale={locale} namespaces={["Forms.counter"]}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ErrorSummary title={forms("errorSummary")} errors={summary} />
      <OutcomeNotice
        done={done && t(`done.${done}`)}
        problem={problem && problem !== "unconfirmed" && !typed ? t(`problem.${problem}`) : null}
      />
      <SectionsTable
        locale={locale}
        sections={sections.active}
        typed={typed}
        retiring={retiring}
        viewerGender={gender}
      />
      <h2>{t("create")}</h2>
      <form action={createSectionAction} className="newsroom-form">
        <input type="hidden" name="uiLocale" value={locale} />
        <LocalizedNameFields
          thing="section"
          maxName={MAX_SECTION_NAME_LENGTH}
          viewerGender={gender}
          idPrefix="new-section"
          values={created?.values ?? {}}
          errors={created?.errors}
        />
        <button type="submit">{t("createButton")}</button>
      </form>
      <RetiredSections locale={locale} sections={sections.retired} />
    </ClientMessages>
  );
}
