import type { Locale } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { isolate } from "@/lib/format/isolate";
import type { LockState } from "@/lib/newsroom/workflow/edit-lock";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { takeOverLockAction } from "@/lib/actions/newsroom/edit-lock-actions";

interface Props {
  locale: Locale;
  storyId: number;
  target: Locale;
  lock: LockState;
  readOnly: boolean;
}

/**
 * Who else has this version open, and the two ways on: read it without
 * taking it, or take it over. Plain forms, so both work without JavaScript.
 */
export async function EditLockNotice({ locale, storyId, target, lock, readOnly }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.editor.lock" });
  const format = await getFormatter({ locale });
  const editorPath = newsroomPaths.translation(locale, storyId, target);
  if (!lock.holder) {
    return readOnly ? (
      <p className="edit-lock" role="status">
        {t("readOnlyNotice")} <a href={editorPath}>{t("editInstead")}</a>
      </p>
    ) : null;
  }
  return (
    <section className="edit-lock" aria-label={t("takeOver")}>
      <p role="status">
        {t("editingSince", {
          member: isolate(lock.holder),
          memberGender: lock.holderGender,
          time: isolate(format.dateTime(new Date(lock.since), "clock")),
        })}
      </p>
      {readOnly ? <p>{t("readOnlyNotice")}</p> : null}
      <div className="row-actions">
        {readOnly ? null : (
          <form method="get" action={editorPath}>
            <input type="hidden" name="view" value="read" />
            <button type="submit">{t("readOnly")}</button>
          </form>
        )}
        <form action={takeOverLockAction}>
          <input type="hidden" name="uiLocale" value={locale} />
          <input type="hidden" name="storyId" value={storyId} />
          <input type="hidden" name="target" value={target} />
          <button type="submit">{t("takeOver")}</button>
        </form>
      </div>
    </section>
  );
}
