import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath, topicPath } from "@/lib/urls/reader-paths";
import { topicFeedPath } from "@/lib/seo/feed-xml";
import type { TopicPage } from "@/lib/topics/topic-types";
import { PageShell } from "@/components/page-shell";
import { Pagination } from "@/components/pagination";
import { StoryList } from "@/components/story-list";

export async function TopicScreen({ locale, data }: { locale: Locale; data: TopicPage }) {
  const t = await getTranslations({ locale, namespace: "Topic" });
  const other = otherLocale(locale);
  const otherSlug = data.slugs[other];
  return (
    <PageShell locale={locale} switchHref={otherSlug ? topicPath(other, otherSlug) : homePath(other)}>
      <p className="topic-label">{t("label")}</p>
      <h1 className="section-heading">{t("heading", { topic: data.topic.name })}</h1>
      <StoryList stories={data.stories} locale={locale} headingLevel="h2" />
      <Pagination
        locale={locale}
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => topicPath(locale, data.topic.slug, page)}
      />
      <p className="topic-feed">
        <a href={topicFeedPath(locale, data.topic.slug)}>{t("feed")}</a>
      </p>
    </PageShell>
  );
}
