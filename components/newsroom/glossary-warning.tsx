import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { EditorTerms } from "@/lib/glossary/editor-terms";
import { localeFacts } from "@/lib/locale/locale-facts";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

/**
 * After a save: the glossary terms of the source whose approved translation
 * the saved text lacks. The save stands; this only warns.
 */
export async function GlossaryWarning({
  locale,
  terms,
  sourceSide,
  target,
}: {
  locale: Locale;
  terms: EditorTerms;
  sourceSide: { lang: string; dir: "ltr" | "rtl" };
  target: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.editor.glossary" });
  return (
    <div className="glossary-warning" role="alert">
      <p>{t("missing", { count: terms.missing.length })}</p>
      <ul>
        {terms.missing.map((id) => {
          const term = terms.approved[id]!;
          return (
            <li key={id} data-term-id={id}>
              <bdi lang={sourceSide.lang} dir={sourceSide.dir}>
                {term.source}
              </bdi>
              {" → "}
              <bdi lang={target} dir={localeFacts(target).dir}>
                {term.target}
              </bdi>
            </li>
          );
        })}
      </ul>
      <p>
        {t("missingHint")} <a href={newsroomPaths.glossary(locale)}>{t("glossaryLink")}</a>
      </p>
    </div>
  );
}
