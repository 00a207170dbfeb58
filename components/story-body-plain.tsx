/**
 * A body shown as text: paragraphs split on blank lines, line breaks kept.
 * Used for bodies the Markdown parser must not see (lib/markdown/body-limits.ts);
 * it walks the text once and nests nothing, whatever the text holds.
 */
export function StoryBodyPlain({ text, dir }: { text: string; dir?: "auto" }) {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...text.split("\n"), ""]) {
    if (line.trim() !== "") current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current.join("\n"));
      current = [];
    }
  }
  return paragraphs.map((paragraph, index) => (
    <p key={index} className="preserve-lines" dir={dir}>
      {paragraph}
    </p>
  ));
}
