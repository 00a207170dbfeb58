import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { AdminSection } from "@/lib/sections/section-admin-list";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";

/** Retired sections, for the record: their slugs stay reserved and their addresses lead home. */
export async function RetiredSections({ locale, sections }: { locale: Locale; sections: AdminSection[] }) {
  if (sections.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Newsroom.sections" });
  return (
    <>
      <h2>{t("retired")}</h2>
      <p>{t("retiredIntro")}</p>
      <NewsroomTable columns={[t("english"), t("arabic"), t("stories")]}>
        {sections.map((section) => (
          <tr key={section.id} data-section={section.key}>
            {(["en", "ar"] as const).map((each) => (
              <td key={each} lang={each} dir="auto">
                <bdi>{section.names[each]?.name}</bdi> <code dir="auto">{section.names[each]?.slug}</code>
              </td>
            ))}
            <td>{t("storyCount", { count: section.stories })}</td>
          </tr>
        ))}
      </NewsroomTable>
    </>
  );
}
