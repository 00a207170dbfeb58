import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { StoryNote } from "@/lib/stories/story-types";
import { ReaderTime } from "@/components/reader-time";

/**
 * The dated correction and update notes under a story, server-rendered
 * like the rest of the article. A note is the newsroom's own text in the
 * story's language, isolated all the same so a Latin name or a number at
 * its start cannot turn its line around.
 */
export async function StoryNotes({ notes, locale }: { notes: StoryNote[]; locale: Locale }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Story.notes" });
  return (
    <section className="story-notes" aria-labelledby="story-notes-title">
      <h2 id="story-notes-title">{t("title")}</h2>
      <ol>
        {notes.map((note, index) => (
          <li key={index} className={`story-note story-note--${note.kind}`} data-kind={note.kind}>
            <p className="story-note__label">
              <strong>{t(note.kind === "correction" ? "correction" : "update")}</strong>{" "}
              <ReaderTime iso={note.at} locale={locale} />
            </p>
            <p className="story-note__text preserve-lines" dir="auto">
              {note.text}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
