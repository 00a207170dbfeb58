import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LiveEntriesIsland } from "@/components/islands/story-islands";
import { LiveEntry } from "@/components/live/live-entry";
import { Pagination } from "@/components/pagination";
import { ReaderTime } from "@/components/reader-time";
import { StoryBody } from "@/components/story-body";
import { countTemplates } from "@/lib/format/count-templates";
import { siteFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { LiveEntriesPage } from "@/lib/live/live-types";
import type { StoryPage } from "@/lib/stories/story-types";
import { liveUpdatesPath, liveUpdatesSourcePath } from "@/lib/urls/reader-paths";

interface Props {
  locale: Locale;
  /** liveEndedAt: ISO time the coverage ended, or null while it runs. */
  story: Pick<StoryPage, "storyId" | "slug" | "liveEndedAt">;
  entries: LiveEntriesPage;
}

/**
 * A live page's key points and one page of its entries, newest first; older
 * pages are plain links. While the coverage runs, its first page watches for
 * new entries (components/live/live-entries-list.tsx).
 */
export async function LiveCoverage({ locale, story, entries }: Props) {
  const { storyId, slug, liveEndedAt: endedAt } = story;
  const t = await getTranslations({ locale, namespace: "Live" });
  const firstPage = entries.page === 1;
  const numberLocale = localeFacts(locale).numberLocale(siteFormat.digits);
  const shown = [...entries.pinned, ...entries.entries];
  return (
    <section className="live" aria-labelledby="live-updates">
      {endedAt ? (
        <p className="live__ended">
          {t("ended")} <ReaderTime iso={endedAt} locale={locale} />
        </p>
      ) : null}
      {firstPage && entries.keyPoints ? (
        <aside className="live__key-points" aria-labelledby="live-key-points">
          <h2 id="live-key-points">{t("keyPoints")}</h2>
          <StoryBody markdown={entries.keyPoints} />
        </aside>
      ) : null}
      <h2 id="live-updates" className="live__heading">
        {t("updatesHeading")}
      </h2>
      <LiveEntriesIsland
        source={firstPage && !endedAt ? liveUpdatesSourcePath(locale, storyId) : null}
        page={liveUpdatesPath(locale, slug)}
        known={shown.map((entry) => entry.id)}
        words={{
          count: countTemplates(locale, numberLocale, (n) => t("newUpdates", { n })),
          failed: t("newUpdatesFailed"),
        }}
      >
        {entries.pinned.map((entry) => (
          <LiveEntry key={entry.id} entry={entry} locale={locale} slug={slug} />
        ))}
        {entries.total === 0 ? <p className="live__empty">{t("noEntries")}</p> : null}
        <div className="live__entries">
          {entries.entries.map((entry) => (
            <LiveEntry key={entry.id} entry={entry} locale={locale} slug={slug} />
          ))}
        </div>
      </LiveEntriesIsland>
      <Pagination
        locale={locale}
        page={entries.page}
        pageCount={entries.pageCount}
        hrefFor={(page) => liveUpdatesPath(locale, slug, page)}
        labels={{ label: t("pagination"), previous: t("newer"), next: t("older") }}
      />
    </section>
  );
}
