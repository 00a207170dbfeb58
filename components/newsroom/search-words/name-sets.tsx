import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { EnteredNameSet } from "@/lib/search-words/search-words-form";
import type { NameSet } from "@/lib/search-words/search-words-queries";
import {
  createNameSetAction,
  deleteNameSetAction,
  updateNameSetAction,
} from "@/lib/actions/newsroom/search-words-actions";
import { FormField } from "@/components/forms/form-field";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { SpellingList } from "@/components/newsroom/search-words/spelling-list";

interface Props {
  locale: Locale;
  sets: NameSet[];
  /** A refused form's spellings and error, to show again where they were typed. */
  typed: EnteredNameSet | null;
  /** The error of the typed form, worded. */
  error: string | undefined;
}

/** The editors' name variants: each set's spellings, changed as lines of text; a form for a new set. */
export async function NameSets({ locale, sets, typed, error }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.searchWords" });
  const spellingsField = (idPrefix: string, form: string, values: string[]) => (
    <FormField
      id={`${idPrefix}-spellings`}
      label={t("spellings")}
      hint={t("spellingsHint")}
      error={typed?.form === form ? error : undefined}
    >
      {(control) => (
        <textarea
          {...control}
          name="spellings"
          dir="auto"
          rows={5}
          defaultValue={typed?.form === form ? typed.spellings : values.join("\n")}
        />
      )}
    </FormField>
  );
  return (
    <section aria-labelledby="name-sets">
      <h2 id="name-sets">{t("sets")}</h2>
      <p>{t("setsIntro")}</p>
      <NewsroomTable columns={[t("spellingsColumn"), t("change")]}>
        {sets.map((set) => (
          <tr key={set.id} data-name-set={set.id}>
            <td>
              <SpellingList spellings={set.spellings} />
            </td>
            <td>
              <details open={typed?.form === `edit-${set.id}`}>
                <summary>{t("change")}</summary>
                <form action={updateNameSetAction} className="newsroom-form">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="setId" value={set.id} />
                  {spellingsField(`set-${set.id}`, `edit-${set.id}`, set.spellings)}
                  <button type="submit">{t("save")}</button>
                </form>
                <form action={deleteNameSetAction} className="newsroom-form">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="setId" value={set.id} />
                  <button type="submit">{t("delete")}</button>
                </form>
              </details>
            </td>
          </tr>
        ))}
      </NewsroomTable>
      <h3>{t("create")}</h3>
      <form action={createNameSetAction} className="newsroom-form">
        <input type="hidden" name="uiLocale" value={locale} />
        {spellingsField("new-set", "create", [])}
        <button type="submit">{t("createButton")}</button>
      </form>
    </section>
  );
}
