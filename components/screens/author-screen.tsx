import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { AuthorPage } from "@/lib/authors/author-types";
import { otherLocale } from "@/lib/locale/locale-facts";
import { authorPath, homePath } from "@/lib/urls/reader-paths";
import { PageShell } from "@/components/page-shell";
import { Pagination } from "@/components/pagination";
import { StoryList } from "@/components/story-list";

export async function AuthorScreen({ locale, data }: { locale: Locale; data: AuthorPage }) {
  const t = await getTranslations({ locale, namespace: "Author" });
  const other = otherLocale(locale);
  return (
    <PageShell
      locale={locale}
      switchHref={data.locales.includes(other) ? authorPath(other, data.key) : homePath(other)}
    >
      <header className="author-profile">
        {data.photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small portrait with its size known
          <img
            className="author-profile__photo"
            src={data.photo.src}
            width={data.photo.width}
            height={data.photo.height}
            alt=""
          />
        ) : null}
        <div>
          <h1 className="author-profile__name">
            <bdi>{data.name}</bdi>
          </h1>
          {data.bio ? <p className="author-profile__bio">{data.bio}</p> : null}
        </div>
      </header>
      {data.columns.length > 0 ? (
        // An opinion writer's columns come first, apart; the full list below keeps everything, labelled.
        <section aria-labelledby="author-columns">
          <h2 className="section-heading" id="author-columns">
            {t("columns")}
          </h2>
          <StoryList stories={data.columns} locale={locale} headingLevel="h3" />
        </section>
      ) : null}
      <h2 className="section-heading">{t("stories")}</h2>
      <StoryList stories={data.stories} locale={locale} headingLevel="h3" />
      <Pagination
        locale={locale}
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => authorPath(locale, data.key, page)}
      />
    </PageShell>
  );
}
