import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { RevisionEntry } from "@/lib/newsroom/editor/revision-history";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { ReaderTime } from "@/components/reader-time";

interface Props {
  locale: Locale;
  storyId: number;
  target: Locale;
  revision: RevisionEntry;
  /** The newest revision's number: that one is current, every other may be restored. */
  latest: number;
}

/** One saved revision in the history table. */
export async function RevisionRow({ locale, storyId, target, revision, latest }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <tr data-revision={revision.number}>
      <td>{readerFormat.number(revision.number, locale)}</td>
      <td>
        <bdi>{revision.author ?? t("audit.system")}</bdi>
      </td>
      <td>
        <ReaderTime iso={revision.savedAt} locale={locale} />
      </td>
      <td lang={target} dir={localeFacts(target).dir}>
        {revision.headline}
      </td>
      <td>
        {revision.number !== latest ? (
          // First the confirm step above the comparison, then the action.
          <form method="get" action={newsroomPaths.history(locale, storyId, target)}>
            <input type="hidden" name="restore" value={revision.number} />
            <button type="submit">{t("history.restore")}</button>
          </form>
        ) : (
          t("history.current")
        )}
      </td>
    </tr>
  );
}
