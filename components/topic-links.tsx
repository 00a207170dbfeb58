import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { topicPath } from "@/lib/urls/reader-paths";
import type { SectionLink } from "@/lib/stories/story-types";

/** The story's topics, each leading to its page of stories. */
export async function TopicLinks({ topics, locale }: { topics: SectionLink[]; locale: Locale }) {
  if (topics.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Story" });
  return (
    <nav className="topic-links" aria-label={t("topics")}>
      <h2 className="topic-links__heading">{t("topics")}</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <a href={topicPath(locale, topic.slug)}>{topic.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
