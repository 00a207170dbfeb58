import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { readerFormat } from "@/lib/format/reader-format";
import { requirePage } from "@/lib/newsroom/guard";
import { can } from "@/lib/newsroom/permissions";
import { newsroomPaths } from "@/lib/newsroom/paths";
import {
  listNewsroomStories,
  listSectionChoices,
  STORY_SEARCH_MAX,
  storyFilterSchema,
} from "@/lib/newsroom/story-table";
import { VERSION_STATES } from "@/lib/newsroom/translation-state";
import { resolveLocale } from "@/lib/request-locale";
import { StatusBadge } from "@/components/newsroom/status-badge";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NewsroomHome({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePage(locale, { type: "newsroom.enter" }, newsroomPaths.home(locale));
  const raw = await searchParams;
  const filter = storyFilterSchema.parse(
    Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]),
    ),
  );
  const [rows, sections] = await Promise.all([
    listNewsroomStories(locale, filter),
    listSectionChoices(locale),
  ]);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <>
      <h1>{t("stories.title")}</h1>
      {can(user, { type: "story.create" }) ? (
        <p>
          <a className="button-link" href={newsroomPaths.newStory(locale)}>
            {t("newStory.link")}
          </a>
        </p>
      ) : null}
      <form className="newsroom-filters" method="get" aria-label={t("stories.filters")}>
        <label>
          {t("stories.section")}
          <select name="section" defaultValue={filter.section ?? ""}>
            <option value="">{t("stories.any")}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("stories.locale")}
          <select name="locale" defaultValue={filter.locale ?? ""}>
            <option value="">{t("stories.any")}</option>
            {routing.locales.map((option) => (
              <option key={option} value={option}>
                {t(`locales.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("stories.status")}
          <select name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("stories.any")}</option>
            {VERSION_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`status.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("stories.search")}
          <input
            type="search"
            name="q"
            defaultValue={filter.q ?? ""}
            dir="auto"
            maxLength={STORY_SEARCH_MAX}
          />
        </label>
        <button type="submit">{t("stories.apply")}</button>
        <a href={newsroomPaths.home(locale)}>{t("stories.reset")}</a>
      </form>
      <p role="status">{t("stories.count", { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t("stories.empty")}</p>
      ) : (
        <table className="newsroom-table">
          <thead>
            <tr>
              <th scope="col">{t("stories.headline")}</th>
              <th scope="col">{t("stories.section")}</th>
              <th scope="col">{t("stories.versions")}</th>
              <th scope="col">{t("stories.updated")}</th>
            </tr>
          </thead>
          <tbody>
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
                  <time dateTime={row.updatedAt} dir="auto">
                    {readerFormat.dateTime(new Date(row.updatedAt), locale)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
