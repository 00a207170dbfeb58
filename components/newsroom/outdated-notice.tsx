import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { formatListParts } from "@/lib/format/format-list";
import type { VersionText } from "@/lib/newsroom/editor/story-editor-data";
import type { SourceChanges } from "@/lib/newsroom/editor/translation-editor-data";
import { TextDiff } from "@/components/newsroom/text-diff";

/**
 * Above an outdated translation: which parts of the source changed since it
 * was made (headline, summary, paragraphs by number), and for each only
 * that part's differences; unchanged paragraphs are not shown at all.
 */
export async function OutdatedNotice({
  locale,
  before,
  after,
  changes,
  sourceSide,
}: {
  locale: Locale;
  before: VersionText;
  after: VersionText;
  changes: SourceChanges;
  sourceSide: { lang: Locale; dir: "ltr" | "rtl" };
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.editor" });
  const paragraph = (index: number) => t("changedParagraph", { position: index + 1 });
  const parts = [
    ...(changes.headline ? [t("fields.headline")] : []),
    ...(changes.dek ? [t("fields.dek")] : []),
    ...changes.blocks.map((block) => paragraph(block.index)),
    ...(changes.removed.length > 0 ? [t("removedParagraphs", { count: changes.removed.length })] : []),
  ];
  return (
    <section className="outdated" aria-labelledby="outdated-title">
      <h2 id="outdated-title">{t("outdated")}</h2>
      <p className="outdated__summary">
        {formatListParts(parts, locale).map((part, index) =>
          part.type === "element" ? <strong key={index}>{part.value}</strong> : part.value,
        )}
      </p>
      {(["headline", "dek"] as const).map((field) =>
        changes[field] ? (
          <div key={field}>
            <h3>{t(`fields.${field}`)}</h3>
            <TextDiff before={before[field]} after={after[field]} {...sourceSide} />
          </div>
        ) : null,
      )}
      {changes.blocks.map((block) => (
        <div key={block.index} data-changed-block={block.index}>
          <h3>
            {block.before === null
              ? t("addedParagraph", { position: block.index + 1 })
              : paragraph(block.index)}
          </h3>
          <TextDiff before={block.before ?? ""} after={block.after} {...sourceSide} />
        </div>
      ))}
      {changes.removed.length > 0 ? (
        <div>
          <h3>{t("removedParagraphs", { count: changes.removed.length })}</h3>
          {changes.removed.map((text, index) => (
            <p
              key={index}
              className="outdated__removed preserve-lines"
              lang={sourceSide.lang}
              dir={sourceSide.dir}
            >
              <del>{text}</del>
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
