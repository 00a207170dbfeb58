import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale/locale-facts";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import type { RevisionEntry } from "@/lib/newsroom/editor/revision-history";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { RevisionRow } from "@/components/newsroom/revision-row";
import { TextDiff } from "@/components/newsroom/text-diff";
import { ConfirmStep } from "@/components/newsroom/confirm-step";
import { restoreRevisionAction } from "@/lib/actions/newsroom/translation-actions";

const FIELDS = ["headline", "dek", "slug", "body", "leadImageAlt", "leadImageCaption"] as const;

interface Props {
  locale: Locale;
  storyId: number;
  target: Locale;
  /** Newest first. */
  revisions: RevisionEntry[];
  older: RevisionEntry;
  newer: RevisionEntry;
  restored: number | null;
  problem: boolean;
  /** The revision whose restoring waits for confirmation (`?restore=`). */
  confirmRestore: RevisionEntry | null;
}

/** A language version's revisions: any two compared word by word, and any one restored as the newest. */
export async function RevisionHistoryScreen({
  locale,
  storyId,
  target,
  revisions,
  older,
  newer,
  confirmRestore,
  ...outcome
}: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const side = { lang: target, dir: localeFacts(target).dir };
  const choices = revisions.map(({ number }) => ({
    value: number,
    label: readerFormat.number(number, locale),
  }));
  return (
    <>
      <p>
        <a href={newsroomPaths.story(locale, storyId)}>{t("story.back")}</a> ·{" "}
        <a href={newsroomPaths.translation(locale, storyId, target)}>{t("story.edit")}</a>
      </p>
      <h1>{t("history.title", { language: t(`locales.${target}`) })}</h1>
      <OutcomeNotice
        done={outcome.restored === null ? null : t("history.restored", { revision: outcome.restored })}
        problem={outcome.problem ? t("history.problem") : null}
      />
      {confirmRestore ? (
        <ConfirmStep
          title={t("history.confirmRestore.title", { revision: confirmRestore.number })}
          action={restoreRevisionAction}
          fields={{
            uiLocale: locale,
            storyId,
            target,
            number: confirmRestore.number,
            baseRevision: revisions[0]!.number,
          }}
          confirmLabel={t("history.confirmRestore.yes", { revision: confirmRestore.number })}
          cancelHref={newsroomPaths.history(locale, storyId, target)}
          cancelLabel={t("history.confirmRestore.cancel")}
        >
          <p>
            {t("history.confirmRestore.text", {
              revision: confirmRestore.number,
              latest: revisions[0]!.number,
            })}
          </p>
        </ConfirmStep>
      ) : null}
      <form method="get" className="newsroom-filters" aria-label={t("history.compare")}>
        <label>
          {t("history.from")}
          <select name="a" defaultValue={older.number}>
            <ChoiceOptions choices={choices} />
          </select>
        </label>
        <label>
          {t("history.to")}
          <select name="b" defaultValue={newer.number}>
            <ChoiceOptions choices={choices} />
          </select>
        </label>
        <button type="submit">{t("history.compare")}</button>
      </form>
      <section aria-labelledby="diff-title" className="history-diff">
        <h2 id="diff-title">{t("history.diffTitle", { from: older.number, to: newer.number })}</h2>
        {FIELDS.map((field) => (
          <div key={field}>
            <h3>{t(`editor.fields.${field}`)}</h3>
            <TextDiff before={older[field]} after={newer[field]} {...side} />
          </div>
        ))}
      </section>
      <h2>{t("history.revisions")}</h2>
      <NewsroomTable
        columns={[
          t("story.revision"),
          t("history.savedBy"),
          t("history.savedAt"),
          t("editor.fields.headline"),
          t("story.actions"),
        ]}
      >
        {revisions.map((revision) => (
          <RevisionRow
            key={revision.number}
            locale={locale}
            storyId={storyId}
            target={target}
            revision={revision}
            latest={revisions[0]!.number}
          />
        ))}
      </NewsroomTable>
    </>
  );
}
