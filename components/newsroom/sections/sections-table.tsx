import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import type { EnteredSectionForm } from "@/lib/sections/section-form";
import type { AdminSection } from "@/lib/sections/section-admin-list";
import {
  moveSectionAction,
  renameSectionAction,
  retireSectionAction,
} from "@/lib/actions/newsroom/section-actions";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { LocalizedNameFields } from "@/components/forms/localized-name-fields";
import { MAX_SECTION_NAME_LENGTH } from "@/lib/sections/section-names";

interface Props {
  locale: Locale;
  sections: AdminSection[];
  typed: EnteredSectionForm | null;
  retiring: number | null;
  viewerGender: MessageGender;
}

/**
 * The sections readers see, in menu order, each with its forms: move up or
 * down (plain buttons, no script needed), rename, retire (behind a checkbox).
 */
export async function SectionsTable({ locale, sections, typed, retiring, viewerGender }: Props) {
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom.sections" }), { viewerGender });
  const label = (section: AdminSection) => section.names[locale]?.name ?? section.key;
  return (
    <NewsroomTable columns={[t("position"), t("english"), t("arabic"), t("stories"), t("actions")]}>
      {sections.map((section, index) => {
        const retyped = typed?.form === `rename-${section.id}` ? typed : null;
        return (
          <tr key={section.id} data-section={section.key}>
            <td>{index + 1}</td>
            {(["en", "ar"] as const).map((each) => (
              <td key={each} lang={each} dir="auto">
                <bdi>{section.names[each]?.name}</bdi> <code dir="auto">{section.names[each]?.slug}</code>
              </td>
            ))}
            <td>{t("storyCount", { count: section.stories })}</td>
            <td>
              <form action={moveSectionAction} className="section-move">
                <input type="hidden" name="uiLocale" value={locale} />
                <input type="hidden" name="sectionId" value={section.id} />
                <button type="submit" name="direction" value="up" disabled={index === 0}>
                  {t("moveUp", { name: label(section) })}
                </button>
                <button type="submit" name="direction" value="down" disabled={index === sections.length - 1}>
                  {t("moveDown", { name: label(section) })}
                </button>
              </form>
              <details open={retyped !== null}>
                <summary>{t("rename")}</summary>
                <form action={renameSectionAction} className="newsroom-form">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="sectionId" value={section.id} />
                  <LocalizedNameFields
                    thing="section"
                    maxName={MAX_SECTION_NAME_LENGTH}
                    viewerGender={viewerGender}
                    idPrefix={`section-${section.id}`}
                    values={retyped?.values ?? section.names}
                    errors={retyped?.errors}
                  />
                  <button type="submit">{t("renameButton")}</button>
                </form>
              </details>
              <details open={retiring === section.id}>
                <summary>{t("retire")}</summary>
                <form action={retireSectionAction} className="newsroom-form">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="sectionId" value={section.id} />
                  <label>
                    <input id={`retire-confirm-${section.id}`} type="checkbox" name="confirm" value="yes" />{" "}
                    {t("retireConfirm")}
                  </label>
                  <button type="submit">{t("retireButton")}</button>
                </form>
              </details>
            </td>
          </tr>
        );
      })}
    </NewsroomTable>
  );
}
