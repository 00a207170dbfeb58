import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath } from "@/lib/urls/reader-paths";
import type { StoryListPage, StorySummary } from "@/lib/stories/story-types";
import { MostRead } from "@/components/most-read";
import { PageShell } from "@/components/page-shell";
import { Pagination } from "@/components/pagination";
import { StoryCard } from "@/components/story-card";
import { StoryList } from "@/components/story-list";

/** Front page: the newest story as the lead on page one, then the latest. */
export async function HomeScreen(props: {
  locale: Locale;
  latest: StoryListPage;
  mostRead?: StorySummary[];
}) {
  const { locale, latest } = props;
  const t = await getTranslations({ locale, namespace: "Home" });
  const [lead, ...rest] = latest.page === 1 ? latest.stories : [undefined, ...latest.stories];
  return (
    <PageShell locale={locale} switchHref={homePath(otherLocale(locale))}>
      <h1 className="visually-hidden">{t("heading")}</h1>
      {lead ? (
        <section className="lead" aria-label={t("leadStory")}>
          <StoryCard story={lead} locale={locale} lead />
        </section>
      ) : null}
      {props.mostRead ? <MostRead stories={props.mostRead} locale={locale} /> : null}
      <section className="latest" aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="latest__heading">
          {t("heading")}
        </h2>
        {latest.stories.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <StoryList stories={rest.flatMap((s) => s ?? [])} locale={locale} opensPage={!lead} />
        )}
      </section>
      <Pagination
        locale={locale}
        page={latest.page}
        pageCount={latest.pageCount}
        hrefFor={(page) => homePath(locale, page)}
      />
    </PageShell>
  );
}
