import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LiveEntry } from "@/components/live/live-entry";
import { Pagination } from "@/components/pagination";
import { ReaderTime } from "@/components/reader-time";
import { StoryBody } from "@/components/story-body";
import type { LiveEntriesPage } from "@/lib/live/live-types";
import { liveUpdatesPath } from "@/lib/urls/reader-paths";

interface Props {
  locale: Locale;
  slug: string;
  entries: LiveEntriesPage;
  /** ISO time the coverage ended, or null while it runs. */
  endedAt: string | null;
}

/** A live page's key points and one page of its entries, newest first; older pages are plain links. */
export async function LiveCoverage({ locale, slug, entries, endedAt }: Props) {
  const t = await getTranslations({ locale, namespace: "Live" });
  const firstPage = entries.page === 1;
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
      {entries.pinned.map((entry) => (
        <LiveEntry key={entry.id} entry={entry} locale={locale} slug={slug} />
      ))}
      {entries.total === 0 ? <p className="live__empty">{t("noEntries")}</p> : null}
      <div className="live__entries">
        {entries.entries.map((entry) => (
          <LiveEntry key={entry.id} entry={entry} locale={locale} slug={slug} />
        ))}
      </div>
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
