import { useLocale, useTranslations } from "next-intl";
import { wordDiff } from "@/lib/newsroom/editor/word-diff";

/**
 * What changed between two texts, word by word in the text's own language:
 * removals struck through, additions underlined, each also named in words
 * for screen readers; a word whose diacritics alone changed is marked and
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
      {wordDiff(before, after, lang).map((part, index) => {
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
          <Tag key={index}>
            <span className="visually-hidden" lang={uiLocale}>
              {t(part.kind === "added" ? "added" : "removed")}{" "}
            </span>
            {part.text}
          </Tag>
        );
      })}
    </div>
  );
}
