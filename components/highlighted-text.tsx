import { highlightParts } from "@/lib/search/highlight";

/** Text from ts_headline with its matches in <mark>; never parsed as HTML. */
export function HighlightedText({ marked }: { marked: string }) {
  return highlightParts(marked).map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : part.text,
  );
}
