import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ReaderTime } from "@/components/reader-time";
import { TextDiff } from "@/components/newsroom/text-diff";
import { loadEntryRevisions } from "@/lib/live/live-entry-revisions";
import { localeFacts } from "@/lib/locale/locale-facts";

interface Props {
  locale: Locale;
  storyId: number;
  entryId: number;
  languageNames: Record<Locale, string>;
  /** Where "close" leads: the desk at this entry. */
  closeHref: string;
}

/**
 * Every saved text of one entry, per language, newest first: who saved it
 * and when, and what changed from the one before (the first one whole).
 * Opened from the entry on the desk by a plain link, without JavaScript too.
 */
export async function EntryRevisions({ locale, storyId, entryId, languageNames, closeHref }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const languages = await loadEntryRevisions(storyId, entryId, locale);
  const headingId = `desk-entry-${entryId}-revisions`;
  return (
    <section className="entry-revisions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("live.revisionsTitle")}</h3>
      {languages.map(({ locale: target, revisions }) => {
        const { dir } = localeFacts(target);
        return (
          <div key={target} className="entry-revisions__language">
            <h4>{languageNames[target]}</h4>
            <ol reversed className="entry-revisions__list">
              {revisions
                .map((revision, index) => ({ revision, before: index > 0 ? revisions[index - 1]! : null }))
                .reverse()
                .map(({ revision, before }) => (
                  <li key={revision.number} data-revision={revision.number}>
                    <p className="entry-revisions__meta">
                      {t("live.revisionNumber", { revision: revision.number })}
                      {" · "}
                      <bdi>{revision.author ?? t("audit.system")}</bdi>
                      {" · "}
                      <ReaderTime iso={revision.savedAt} locale={locale} />
                    </p>
                    {before === null ? (
                      <div lang={target} dir={dir}>
                        {revision.title ? <p className="desk-entry__title">{revision.title}</p> : null}
                        <p className="preserve-lines">{revision.body}</p>
                      </div>
                    ) : (
                      <>
                        {before.title !== revision.title ? (
                          <TextDiff before={before.title} after={revision.title} lang={target} dir={dir} />
                        ) : null}
                        <TextDiff before={before.body} after={revision.body} lang={target} dir={dir} />
                      </>
                    )}
                  </li>
                ))}
            </ol>
          </div>
        );
      })}
      <p>
        <a href={closeHref}>{t("live.closeRevisions")}</a>
      </p>
    </section>
  );
}
