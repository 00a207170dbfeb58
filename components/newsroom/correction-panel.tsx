import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { CorrectionNote } from "@/lib/newsroom/workflow/correction-fields";
import { localeFacts } from "@/lib/locale/locale-facts";
import { ClientMessages } from "@/components/client-messages";
import { CorrectionForm } from "@/components/newsroom/correction-form";
import { ReaderTime } from "@/components/reader-time";

interface Props {
  locale: Locale;
  storyId: number;
  target: Locale;
  notes: CorrectionNote[];
}

/** A published version's correction and update notes as readers see them, and the form that adds one. */
export async function CorrectionPanel({ locale, storyId, target, notes }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const titleId = `corrections-${target}-title`;
  return (
    <section className="corrections" aria-labelledby={titleId} data-locale={target}>
      <h2 id={titleId}>{t("corrections.title", { language: t(`locales.${target}`) })}</h2>
      {notes.length > 0 ? (
        <ol className="corrections__list">
          {notes.map((note, index) => (
            <li key={index}>
              <strong>{t(`corrections.kinds.${note.kind}`)}</strong>{" "}
              <ReaderTime iso={note.at} locale={locale} />
              <p lang={target} dir="auto" className="preserve-lines">
                {note.text}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("corrections.none")}</p>
      )}
      <ClientMessages locale={locale} namespaces={["Forms", "Newsroom.corrections"]}>
        <CorrectionForm
          uiLocale={locale}
          storyId={storyId}
          target={target}
          targetDir={localeFacts(target).dir}
        />
      </ClientMessages>
    </section>
  );
}
