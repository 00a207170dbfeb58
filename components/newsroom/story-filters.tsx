import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { STORY_SEARCH_MAX, type StoryFilter } from "@/lib/newsroom/lists/story-table";
import { VERSION_STATES } from "@/lib/newsroom/workflow/translation-state";
import { ChoiceOptions } from "@/components/newsroom/choice-options";

interface Props {
  locale: Locale;
  filter: StoryFilter;
  sections: { id: number; name: string }[];
}

/** The stories list's filters: a plain GET form, so a filtered list has its own URL. */
export async function StoryFilters({ locale, filter, sections }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const any = { value: "", label: t("stories.any") };
  return (
    <form className="newsroom-filters" method="get" aria-label={t("stories.filters")}>
      <label>
        {t("stories.section")}
        <select name="section" defaultValue={filter.section ?? ""}>
          <ChoiceOptions choices={[any, ...sections.map(({ id, name }) => ({ value: id, label: name }))]} />
        </select>
      </label>
      <label>
        {t("stories.locale")}
        <select name="locale" defaultValue={filter.locale ?? ""}>
          <ChoiceOptions
            choices={[any, ...routing.locales.map((value) => ({ value, label: t(`locales.${value}`) }))]}
          />
        </select>
      </label>
      <label>
        {t("stories.status")}
        <select name="status" defaultValue={filter.status ?? ""}>
          <ChoiceOptions
            choices={[any, ...VERSION_STATES.map((value) => ({ value, label: t(`status.${value}`) }))]}
          />
        </select>
      </label>
      <label>
        {t("stories.search")}
        <input type="search" name="q" defaultValue={filter.q ?? ""} dir="auto" maxLength={STORY_SEARCH_MAX} />
      </label>
      <button type="submit">{t("stories.apply")}</button>
      <a href={newsroomPaths.home(locale)}>{t("stories.reset")}</a>
    </form>
  );
}
