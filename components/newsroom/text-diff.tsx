import { useLocale, useTranslations } from "next-intl";
import { Fragment } from "react";
import { wordDiff, type WordDiffPart } from "@/lib/newsroom/editor/word-diff";

/**
 * A removal straight before an addition with no space between them: shown
 * as they stand, «تُعلن» struck and «تنشر» underlined read as one word
 * «تُعلنتنشر» ("800600"), told apart by colour alone.
 */
function runsTogether(previous: WordDiffPart | undefined, part: WordDiffPart): boolean {
  return (
    previous?.kind === "removed" &&
    part.kind === "added" &&
    !/\s$/u.test(previous.text) &&
    !/^\s/u.test(part.text)
  );
}

/**
 * What changed between two texts, word by word in the text's own language:
 * removals struck through and signed −, additions underlined and signed +,
 * each also named in words for screen readers and kept apart by a space; a word whose diacritics alone changed is marked and
 * says what it was. Works in server and client components alike (a client
 * one needs the "TextDiff" messages namespace).
 */
export function TextDiff({
  before,
  after,
  lang,
  dir,
}: {
  before: string;
  after: string;
  lang: string;
  dir: "ltr" | "rtl";
}) {
  const t = useTranslations("TextDiff");
  const uiLocale = useLocale();
  return (
    <div className="text-diff" lang={lang} dir={dir}>
      {wordDiff(before, after, lang).map((part, index, parts) => {
        if (part.kind === "same") return <span key={index}>{part.text}</span>;
        if (part.kind === "marks") {
          return (
            <span key={index} className="text-diff__marks">
              <mark>{part.text}</mark>{" "}
              <bdi className="text-diff__note" lang={uiLocale}>
                {t.rich("marksChanged", {
                  before: part.before,
                  word: (chunks) => (
                    <bdi lang={lang} dir={dir}>
                      {chunks}
                    </bdi>
                  ),
                })}
              </bdi>
            </span>
          );
        }
        const Tag = part.kind === "added" ? "ins" : "del";
        return (
          <Fragment key={index}>
            {runsTogether(parts[index - 1], part) ? " " : null}
            <Tag>
              <span className="visually-hidden" lang={uiLocale}>
                {t(part.kind === "added" ? "added" : "removed")}{" "}
              </span>
              <span className="text-diff__sign" aria-hidden="true">
                {part.kind === "added" ? "+" : "−"}
              </span>
              {part.text}
            </Tag>
          </Fragment>
        );
      })}
    </div>
  );
}
