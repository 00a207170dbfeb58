import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { ClientMessages } from "@/components/client-messages";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { DeskEntryItem } from "@/components/newsroom/live/desk-entry-item";
import { KeyPointsForm } from "@/components/newsroom/live/key-points-form";
import { LiveComposer } from "@/components/newsroom/live/live-composer";
import { readerFormat } from "@/lib/format/reader-format";
import { endCoverageAction } from "@/lib/actions/newsroom/live-actions";
import type { LiveDesk } from "@/lib/live/live-desk-data";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { storyPath } from "@/lib/urls/reader-paths";

export const LIVE_DONE = ["saved", "pinned", "unpinned", "deleted", "ended"] as const;
export const LIVE_PROBLEMS = ["forbidden", "not-found", "not-allowed-now", "stale", "invalid"] as const;

interface Props {
  locale: Locale;
  user: NewsroomUser | null;
  desk: LiveDesk;
  done: (typeof LIVE_DONE)[number] | null;
  problem: (typeof LIVE_PROBLEMS)[number] | null;
  /** The entry and language being edited or translated (`?edit=&target=`). */
  editing: { entryId: number; target: Locale } | null;
  /** The entry whose revisions are open (`?revisions=`). */
  revisionsOf: number | null;
}

const CLIENT_NAMESPACES = ["Forms", "Newsroom.live", "Newsroom.editor", "Newsroom.story.problem"];

/** A live story's desk: post, keep the key points, translate, pin, delete, and end the coverage. */
export async function LiveDeskScreen({ locale, user, desk, done, problem, editing, revisionsOf }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const languageNames = Object.fromEntries(routing.locales.map((l) => [l, t(`locales.${l}`)])) as Record<
    Locale,
    string
  >;
  const own = desk.versions.find((version) => version.locale === locale) ?? desk.versions[0]!;
  const ended = desk.endedAt !== null;
  const publishable = desk.versions
    .map((version) => version.locale)
    .filter((l) => can(user, { type: "translation.publish", locale: l }))
    .sort((a, b) => Number(b === desk.sourceLocale) - Number(a === desk.sourceLocale));
  const editsStory = can(user, { type: "story.edit" });
  return (
    <div className="live-desk">
      <h1>{t("live.title", { headline: own.headline })}</h1>
      <ul className="live-desk__links">
        <li>
          <a href={newsroomPaths.story(locale, desk.storyId)}>{t("live.storyPage")}</a>
        </li>
        {desk.versions
          .filter((version) => version.published)
          .map((version) => (
            <li key={version.locale}>
              <a href={storyPath(version.locale, version.slug)} hrefLang={version.locale}>
                {t("live.readerPage", { language: languageNames[version.locale] })}
              </a>
            </li>
          ))}
      </ul>
      <OutcomeNotice
        done={done ? t(`live.done.${done}`) : null}
        problem={problem ? t(`live.problems.${problem}`) : null}
      />
      {ended ? (
        <p className="live-desk__ended">
          {/* A tag around the formatted time: a function given for a plain {argument} broke the ended desk. */}
          {t.rich("live.ended", {
            when: readerFormat.dateTime(new Date(desk.endedAt!), locale),
            time: (chunks) => (
              <time dateTime={desk.endedAt!} dir="auto">
                {chunks}
              </time>
            ),
          })}
        </p>
      ) : null}
      <ClientMessages locale={locale} namespaces={CLIENT_NAMESPACES}>
        {!ended && publishable.length > 0 ? (
          <section aria-labelledby="composer-heading" className="live-desk__composer">
            <h2 id="composer-heading">{t("live.composer")}</h2>
            <LiveComposer
              uiLocale={locale}
              storyId={desk.storyId}
              targets={publishable}
              languageNames={languageNames}
            />
          </section>
        ) : null}
        {!ended
          ? desk.versions
              .filter((version) => publishable.includes(version.locale))
              .map((version) => (
                <KeyPointsForm
                  key={version.locale}
                  uiLocale={locale}
                  storyId={desk.storyId}
                  target={version.locale}
                  keyPoints={version.keyPoints}
                  languageName={languageNames[version.locale]}
                />
              ))
          : null}
        <section aria-labelledby="entries-title">
          <h2 id="entries-title">{t("live.entries")}</h2>
          {desk.entries.length === 0 ? <p>{t("live.noEntries")}</p> : null}
          <ol className="live-desk__entries">
            {desk.entries.map((entry) => (
              <DeskEntryItem
                key={entry.id}
                locale={locale}
                user={user}
                desk={desk}
                entry={entry}
                languageNames={languageNames}
                editing={editing?.entryId === entry.id ? editing.target : null}
                showRevisions={revisionsOf === entry.id}
              />
            ))}
          </ol>
          {desk.more ? <p>{t("live.moreEntries")}</p> : null}
        </section>
      </ClientMessages>
      {!ended && editsStory ? (
        <form action={endCoverageAction} className="newsroom-form live-desk__end">
          <h2>{t("live.end")}</h2>
          <p>{t("live.endHint")}</p>
          <input type="hidden" name="uiLocale" value={locale} />
          <input type="hidden" name="storyId" value={desk.storyId} />
          <label className="choice">
            <input type="checkbox" name="confirm" value="1" required /> {t("live.endConfirm")}
          </label>
          <button type="submit">{t("live.end")}</button>
        </form>
      ) : null}
    </div>
  );
}
