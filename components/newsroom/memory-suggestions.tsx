"use client";

import { useTranslations } from "next-intl";
import type { MemorySuggestion } from "@/lib/translation-memory/lookup";
import { TextDiff } from "@/components/newsroom/text-diff";

interface Side {
  lang: string;
  dir: "ltr" | "rtl";
}

/**
 * The memory's earlier translations of one source segment, best first, with
 * their match. Where the earlier source differs, the difference is shown, so
 * the translator sees what to change (a name, a number). Listed without
 * JavaScript too; the insert buttons come with it.
 */
export function MemorySuggestions({
  suggestions: all,
  inUse,
  current,
  label,
  sourceSide,
  targetSide,
  onInsert,
}: {
  suggestions: MemorySuggestion[];
  /** The translation's field as it is now: a suggestion already in it is not offered again. */
  inUse: string;
  /** The source segment as it is now. */
  current: string;
  /** What the list is for ("Headline", "Paragraph 3, sentence 2"). */
  label: string;
  sourceSide: Side;
  targetSide: Side;
  /** Null until the page is interactive. */
  onInsert: ((text: string) => void) | null;
}) {
  const t = useTranslations("Newsroom.editor.memory");
  const suggestions = all.filter((suggestion) => !inUse.includes(suggestion.targetText));
  if (suggestions.length === 0) return null;
  return (
    <div className="memory" data-memory-for={label}>
      <p className="memory__title">{t("title", { segment: label })}</p>
      <ol className="memory__list">
        {suggestions.map((suggestion, index) => (
          <li key={index} className="memory__item">
            <span className="memory__match">{t("match", { match: suggestion.match })}</span>
            <span className="memory__text" lang={targetSide.lang} dir={targetSide.dir}>
              {suggestion.targetText}
            </span>
            {suggestion.match < 100 && suggestion.sourceText !== current ? (
              <div className="memory__diff">
                <span className="visually-hidden">{t("sourceDiffers")}</span>
                <TextDiff before={suggestion.sourceText} after={current} {...sourceSide} />
              </div>
            ) : null}
            {onInsert ? (
              <button
                type="button"
                className="memory__insert"
                onClick={() => onInsert(suggestion.targetText)}
                aria-label={t("insertLabel", {
                  position: index + 1,
                  match: suggestion.match,
                  segment: label,
                })}
              >
                {t("insert")}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
