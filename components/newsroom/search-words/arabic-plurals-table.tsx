import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { EnteredPlural } from "@/lib/search-words/search-words-form";
import { MAX_PLURAL_LENGTH } from "@/lib/search-words/search-words-fields";
import type { ArabicPluralRow } from "@/lib/search-words/search-words-queries";
import { addArabicPluralAction, removeArabicPluralAction } from "@/lib/actions/newsroom/search-words-actions";
import { FormField } from "@/components/forms/form-field";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";

/** The table of Arabic broken plurals: its pairs, each removable, and a form to add one. */
export async function ArabicPluralsTable({
  locale,
  plurals,
  typed,
}: {
  locale: Locale;
  plurals: ArabicPluralRow[];
  typed: EnteredPlural | null;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.searchWords.plurals" });
  const field = (name: "singular" | "plural") => {
    const code = typed?.errors[name];
    return (
      <FormField id={`plural-${name}`} label={t(name)} error={code ? t(`errors.${code}`) : undefined}>
        {(control) => (
          <input
            {...control}
            name={name}
            type="text"
            lang="ar"
            dir="rtl"
            maxLength={MAX_PLURAL_LENGTH * 4}
            defaultValue={typed?.[name] ?? ""}
          />
        )}
      </FormField>
    );
  };
  return (
    <section aria-labelledby="plurals">
      <h2 id="plurals">{t("title")}</h2>
      <p>{t("intro")}</p>
      <NewsroomTable columns={[t("singular"), t("plural"), t("remove")]}>
        {plurals.map((row) => (
          <tr key={row.id} data-plural={row.id}>
            <td lang="ar" dir="rtl">
              {row.singular}
            </td>
            <td lang="ar" dir="rtl">
              {row.plural}
            </td>
            <td>
              <form action={removeArabicPluralAction}>
                <input type="hidden" name="uiLocale" value={locale} />
                <input type="hidden" name="pluralId" value={row.id} />
                <button type="submit" aria-label={`${t("remove")}: ${row.singular} / ${row.plural}`}>
                  {t("remove")}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </NewsroomTable>
      <h3>{t("add")}</h3>
      <form action={addArabicPluralAction} className="newsroom-form">
        <input type="hidden" name="uiLocale" value={locale} />
        {field("singular")}
        {field("plural")}
        <button type="submit">{t("addButton")}</button>
      </form>
    </section>
  );
}
