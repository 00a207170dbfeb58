import { useTranslations } from "next-intl";
import type { ApprovedTerm, TermMark } from "@/lib/glossary/editor-terms";

interface Side {
  lang: string;
  dir: "ltr" | "rtl";
}

/**
 * Source text with the glossary's terms marked, each followed by its
 * approved translation (and note, as a tooltip and for screen readers).
 * Works in server and client components alike.
 */
export function GlossaryMarks({
  text,
  marks,
  approved,
  targetSide,
}: {
  text: string;
  marks: TermMark[];
  approved: Record<number, ApprovedTerm>;
  targetSide: Side;
}) {
  const t = useTranslations("Newsroom.editor.glossary");
  if (marks.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    const term = approved[mark.termId]!;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <span key={index} className="term" data-term-id={mark.termId}>
        <mark className="term__source">{text.slice(mark.start, mark.end)}</mark>
        <span
          className="term__approved"
          lang={targetSide.lang}
          dir={targetSide.dir}
          title={term.note || undefined}
        >
          <span className="visually-hidden">{t("approved")} </span>
          {term.target}
          {term.note ? <span className="visually-hidden"> ({term.note})</span> : null}
        </span>
      </span>,
    );
    at = mark.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
