import { diffWordsWithSpace } from "diff";

/**
 * What changed between two texts, word by word: removals struck through,
 * additions underlined, both also named for screen readers by the element.
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
  const parts = diffWordsWithSpace(before, after);
  return (
    <div className="text-diff" lang={lang} dir={dir}>
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
