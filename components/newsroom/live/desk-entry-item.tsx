import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { EntryRevisions } from "@/components/newsroom/live/entry-revisions";
import { EntryVersionForm } from "@/components/newsroom/live/entry-version-form";
import { ReaderTime } from "@/components/reader-time";
import { deleteEntryAction, pinEntryAction } from "@/lib/actions/newsroom/live-actions";
import type { DeskEntry, LiveDesk } from "@/lib/live/live-desk-data";
import { localeFacts } from "@/lib/locale/locale-facts";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

interface Props {
  locale: Locale;
  user: NewsroomUser | null;
  desk: LiveDesk;
  entry: DeskEntry;
  languageNames: Record<Locale, string>;
  /** The language being edited or translated here, if any. */
  editing: Locale | null;
  /** Whether the entry's revisions are open (?revisions=<id>). */
  showRevisions: boolean;
}

/** One entry on the desk: its text in each language the page runs in, and what this member may do with it. */
export async function DeskEntryItem({
  locale,
  user,
  desk,
  entry,
  languageNames,
  editing,
  showRevisions,
}: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.live" });
  const anchor = `desk-entry-${entry.id}`;
  const deskPath = newsroomPaths.liveDesk(locale, desk.storyId);
  const pageLocales = routing.locales.filter((l) => desk.versions.some((version) => version.locale === l));
  const source = entry.versions.find((version) => version.locale === entry.sourceLocale);
  const editsStory = can(user, { type: "story.edit" });
  return (
    <li id={anchor} className={entry.pinned ? "desk-entry desk-entry--pinned" : "desk-entry"}>
      <p className="desk-entry__meta">
        <ReaderTime iso={entry.postedAt} locale={locale} />
        {entry.pinned ? <strong> · {t("pinned")}</strong> : null}
        {" · "}
        <a href={`${deskPath}?revisions=${entry.id}#${anchor}`}>{t("revisions")}</a>
      </p>
      {showRevisions ? (
        <EntryRevisions
          locale={locale}
          storyId={desk.storyId}
          entryId={entry.id}
          languageNames={languageNames}
          closeHref={`${deskPath}#${anchor}`}
        />
      ) : null}
      {pageLocales.map((target) => {
        const version = entry.versions.find((v) => v.locale === target);
        const published = version?.status === "PUBLISHED";
        const mayEdit =
          desk.endedAt === null &&
          can(user, { type: published ? "translation.publish" : "translation.edit", locale: target });
        const label = version
          ? t("edit", { language: languageNames[target] })
          : t("translate", { language: languageNames[target] });
        return (
          <div key={target} className="desk-entry__version" lang={target} dir={localeFacts(target).dir}>
            <p className="desk-entry__status" lang={locale} dir={localeFacts(locale).dir}>
              <strong>{languageNames[target]}</strong>
              {" · "}
              {version
                ? t(`statuses.${version.status}`)
                : t("notTranslated", { language: languageNames[target] })}
              {version?.outdated ? <> · {t("outdated")}</> : null}
            </p>
            {version?.title ? <p className="desk-entry__title">{version.title}</p> : null}
            {version ? <p className="preserve-lines">{version.body}</p> : null}
            {editing === target && mayEdit ? (
              <>
                {source && target !== entry.sourceLocale ? (
                  <p className="desk-entry__source" lang={locale} dir={localeFacts(locale).dir}>
                    {t("sourceText", { language: languageNames[entry.sourceLocale] })}
                  </p>
                ) : null}
                <EntryVersionForm
                  uiLocale={locale}
                  storyId={desk.storyId}
                  entryId={entry.id}
                  target={target}
                  revision={version?.revision ?? 0}
                  values={{
                    title: version?.title ?? "",
                    body: version?.body ?? "",
                    imageCaption: version?.imageCaption ?? "",
                    imageAlt: version?.imageAlt ?? "",
                  }}
                  image={entry.image}
                  isSource={target === entry.sourceLocale}
                  published={published}
                  canPublish={can(user, { type: "translation.publish", locale: target })}
                  cancelHref={`${deskPath}#${anchor}`}
                />
              </>
            ) : mayEdit ? (
              <p lang={locale} dir={localeFacts(locale).dir}>
                <a href={newsroomPaths.liveEntryForm(locale, desk.storyId, entry.id, target)}>{label}</a>
              </p>
            ) : null}
          </div>
        );
      })}
      {editsStory && desk.endedAt === null ? (
        <div className="desk-entry__actions">
          <form action={pinEntryAction}>
            <input type="hidden" name="uiLocale" value={locale} />
            <input type="hidden" name="storyId" value={desk.storyId} />
            <input type="hidden" name="entryId" value={entry.id} />
            <input type="hidden" name="pinned" value={entry.pinned ? "0" : "1"} />
            <button type="submit">{entry.pinned ? t("unpin") : t("pin")}</button>
          </form>
          <form action={deleteEntryAction}>
            <input type="hidden" name="uiLocale" value={locale} />
            <input type="hidden" name="storyId" value={desk.storyId} />
            <input type="hidden" name="entryId" value={entry.id} />
            <label className="choice">
              <input type="checkbox" name="confirm" value="1" required /> {t("deleteConfirm")}
            </label>
            <button type="submit">{t("delete")}</button>
          </form>
        </div>
      ) : null}
    </li>
  );
}
