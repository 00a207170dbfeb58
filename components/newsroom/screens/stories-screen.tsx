import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { storyListQuery, type NewsroomStoryPage, type StoryFilter } from "@/lib/newsroom/lists/story-table";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { StoryFilters } from "@/components/newsroom/story-filters";
import { ReaderTime } from "@/components/reader-time";
import { LanguageMark } from "@/components/newsroom/language-mark";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { ScheduleFailureNotices } from "@/components/newsroom/schedule-failure-notices";
import type { ScheduleFailure } from "@/lib/newsroom/schedule/schedule-failures";

interface Props {
  locale: Locale;
  mayCreate: boolean;
  filter: StoryFilter;
  list: NewsroomStoryPage;
  sections: { id: number; name: string }[];
}

/** The newsroom's front page: every story with a badge per language, filtered, a page at a time. */
export async function StoriesScreen({
  locale,
  mayCreate,
  filter,
  list,
  sections,
  failures,
  dismissed,
}: Props & { failures: ScheduleFailure[]; dismissed: boolean }) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const { rows, page, pageCount } = list;
  const pageHref = (target: number) => `${newsroomPaths.home(locale)}${storyListQuery(filter, target)}`;
  return (
    <>
      <h1>{t("stories.title")}</h1>
      <OutcomeNotice done={dismissed ? t("scheduleFailures.dismissed") : null} />
      <ScheduleFailureNotices locale={locale} failures={failures} />
      {mayCreate ? (
        <p>
          <a className="button-link" href={newsroomPaths.newStory(locale)}>
            {t("newStory.link")}
          </a>
        </p>
      ) : null}
      <StoryFilters locale={locale} filter={filter} sections={sections} />
      <p role="status">{t("stories.count", { count: list.total })}</p>
      {rows.length === 0 ? (
        <p>{t("stories.empty")}</p>
      ) : (
        <NewsroomTable
          columns={[t("stories.headline"), t("stories.section"), t("stories.versions"), t("stories.updated")]}
        >
          {rows.map((row) => (
            <tr key={row.id} data-story-id={row.id}>
              <td>
                <a
                  href={newsroomPaths.story(locale, row.id)}
                  lang={row.headlineLocale ?? undefined}
                  dir="auto"
                >
                  {row.headline ?? t("stories.untitled")}
                </a>
                <LanguageMark locale={locale} of={row.headlineLocale} />
              </td>
              <td>{row.section}</td>
              <td>
                <ul className="badge-list">
                  {routing.locales.map((versionLocale) => (
                    <li key={versionLocale}>
                      <StatusBadge
                        uiLocale={locale}
                        versionLocale={versionLocale}
                        state={row.versions[versionLocale]}
                      />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ReaderTime iso={row.updatedAt} locale={locale} />
              </td>
            </tr>
          ))}
        </NewsroomTable>
      )}
      {pageCount > 1 ? (
        <nav className="pager" aria-label={t("stories.pages")}>
          {page > 1 ? (
            <a href={pageHref(page - 1)} rel="prev">
              {t("stories.previousPage")}
            </a>
          ) : null}
          <span>{t("stories.pageStatus", { page, last: pageCount })}</span>
          {page < pageCount ? (
            <a href={pageHref(page + 1)} rel="next">
              {t("stories.nextPage")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
