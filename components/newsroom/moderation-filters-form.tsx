import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { COMMENT_STATUSES, type CommentFilters } from "@/lib/comments/moderation-filters";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { ChoiceOptions } from "@/components/newsroom/choice-options";

interface Props {
  locale: Locale;
  filters: CommentFilters;
  stories: { id: number; headline: string }[];
}

/** The comment list's filters: a plain GET form, so it works without JavaScript and a view has its URL. */
export async function ModerationFiltersForm({ locale, filters, stories }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.moderation" });
  return (
    <form className="newsroom-filters" method="get" aria-label={t("filters")}>
      <label>
        {t("story")}
        <select name="story" defaultValue={filters.storyId ?? ""}>
          <ChoiceOptions
            choices={[
              { value: "", label: t("anyStory") },
              ...stories.map(({ id, headline }) => ({ value: id, label: headline })),
            ]}
          />
        </select>
      </label>
      <label>
        {t("status")}
        <select name="status" defaultValue={filters.status ?? ""}>
          <ChoiceOptions
            choices={[
              { value: "", label: t("anyStatus") },
              ...COMMENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) })),
            ]}
          />
        </select>
      </label>
      <label className="newsroom-filters__check">
        <input type="checkbox" name="reported" value="1" defaultChecked={filters.reported} />
        {t("reportedOnly")}
      </label>
      <button type="submit">{t("apply")}</button>
      <a href={newsroomPaths.comments(locale)}>{t("clear")}</a>
    </form>
  );
}

/** The list's filters as hidden fields, so an action's redirect comes back to the same view. */
export function FilterFields({ locale, filters }: { locale: Locale; filters: CommentFilters }) {
  return (
    <>
      <input type="hidden" name="uiLocale" value={locale} />
      {filters.storyId ? <input type="hidden" name="story" value={filters.storyId} /> : null}
      {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
      {filters.reported ? <input type="hidden" name="reported" value="1" /> : null}
      {filters.page > 1 ? <input type="hidden" name="page" value={filters.page} /> : null}
    </>
  );
}
