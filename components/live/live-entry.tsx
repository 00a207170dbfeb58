import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LeadPicture } from "@/components/lead-picture";
import { ReaderTime } from "@/components/reader-time";
import { StoryBody } from "@/components/story-body";
import type { LiveEntryView } from "@/lib/live/live-types";
import { liveEntryAnchor, liveEntryPath } from "@/lib/urls/reader-paths";

// An entry's image spans the story column, as the lead image does.
const IMAGE_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/** One update: its time, an optional title, the body, an optional image, and its own link. */
export async function LiveEntry({
  entry,
  locale,
  slug,
  headingLevel = "h3",
}: {
  entry: LiveEntryView;
  locale: Locale;
  slug: string;
  headingLevel?: "h2" | "h3";
}) {
  const t = await getTranslations({ locale, namespace: "Live" });
  const Heading = headingLevel;
  const anchor = liveEntryAnchor(entry.id);
  return (
    <article
      className={entry.pinned ? "live-entry live-entry--pinned" : "live-entry"}
      id={anchor}
      data-entry={entry.id}
      aria-labelledby={`${anchor}-time`}
    >
      <p className="live-entry__meta">
        {entry.pinned ? <span className="live-entry__pinned">{t("pinned")}</span> : null}
        <a id={`${anchor}-time`} className="live-entry__time" href={liveEntryPath(locale, slug, entry.id)}>
          <span className="visually-hidden">{t("permalink")}: </span>
          <ReaderTime iso={entry.postedAt} locale={locale} />
        </a>
      </p>
      {entry.title ? <Heading className="live-entry__title">{entry.title}</Heading> : null}
      <StoryBody markdown={entry.body} />
      {entry.image ? (
        <figure className="live-entry__figure">
          <LeadPicture image={entry.image} sizes={IMAGE_SIZES} />
          {entry.image.caption ? <figcaption>{entry.image.caption}</figcaption> : null}
        </figure>
      ) : null}
    </article>
  );
}
