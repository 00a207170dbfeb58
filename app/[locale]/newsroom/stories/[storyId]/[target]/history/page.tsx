import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { readerFormat } from "@/lib/format/reader-format";
import { idOrNull } from "@/lib/form-values";
import { localeFacts } from "@/lib/locale-facts";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { storyTargetParams } from "@/lib/newsroom/route-params";
import { listRevisions } from "@/lib/newsroom/revision-history";
import { resolveLocale } from "@/lib/request-locale";
import { TextDiff } from "@/components/newsroom/text-diff";
import { restoreRevisionAction } from "@/actions/newsroom/translation-actions";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";

type Props = {
  params: Promise<{ locale: string; storyId: string; target: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FIELDS = ["headline", "dek", "slug", "body", "leadImageAlt"] as const;

export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { storyId, target } = await storyTargetParams(params);
  await requirePage(
    locale,
    { type: "translation.edit", locale: target },
    newsroomPaths.history(locale, storyId, target),
  );
  const revisions = await listRevisions(storyId, target);
  if (revisions.length === 0) notFound();
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const query = await searchParams;
  const pick = (value: unknown, fallback: number) => {
    const number = idOrNull(value) ?? fallback;
    return (
      revisions.find((revision) => revision.number === number) ??
      revisions.find((r) => r.number === fallback)!
    );
  };
  const latest = revisions[0]!;
  const older = pick(query.a, revisions[1]?.number ?? latest.number);
  const newer = pick(query.b, latest.number);
  const side = { lang: target, dir: localeFacts(target).dir };
  const restored = typeof query.restored === "string" ? query.restored : null;
  const problem = typeof query.problem === "string" ? query.problem : null;
  return (
    <>
      <p>
        <a href={newsroomPaths.story(locale, storyId)}>{t("story.back")}</a> ·{" "}
        <a href={newsroomPaths.translation(locale, storyId, target)}>{t("story.edit")}</a>
      </p>
      <h1>{t("history.title", { language: t(`locales.${target}`) })}</h1>
      <OutcomeNotice
        done={restored && t("history.restored", { revision: Number(restored) })}
        problem={problem && t("history.problem")}
      />
      <form method="get" className="newsroom-filters" aria-label={t("history.compare")}>
        {(["a", "b"] as const).map((name) => (
          <label key={name}>
            {t(name === "a" ? "history.from" : "history.to")}
            <select name={name} defaultValue={(name === "a" ? older : newer).number}>
              {revisions.map((revision) => (
                <option key={revision.number} value={revision.number}>
                  {readerFormat.number(revision.number, locale)}
                </option>
              ))}
            </select>
          </label>
        ))}
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
      <table className="newsroom-table">
        <thead>
          <tr>
            <th scope="col">{t("story.revision")}</th>
            <th scope="col">{t("history.savedBy")}</th>
            <th scope="col">{t("history.savedAt")}</th>
            <th scope="col">{t("editor.fields.headline")}</th>
            <th scope="col">{t("story.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.number} data-revision={revision.number}>
              <td>{readerFormat.number(revision.number, locale)}</td>
              <td>
                <bdi>{revision.author ?? t("audit.system")}</bdi>
              </td>
              <td>
                <time dateTime={revision.savedAt} dir="auto">
                  {readerFormat.dateTime(new Date(revision.savedAt), locale)}
                </time>
              </td>
              <td lang={target} dir={side.dir}>
                {revision.headline}
              </td>
              <td>
                {revision.number !== latest.number ? (
                  <form action={restoreRevisionAction}>
                    <input type="hidden" name="uiLocale" value={locale} />
                    <input type="hidden" name="storyId" value={storyId} />
                    <input type="hidden" name="target" value={target} />
                    <input type="hidden" name="number" value={revision.number} />
                    <input type="hidden" name="baseRevision" value={latest.number} />
                    <button type="submit">{t("history.restore")}</button>
                  </form>
                ) : (
                  t("history.current")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
