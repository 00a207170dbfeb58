import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { GlossaryCandidate } from "@/lib/search-words/search-words-queries";
import {
  acceptGlossaryPairAction,
  dismissGlossaryPairAction,
} from "@/lib/actions/newsroom/search-words-actions";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { SpellingList } from "@/components/newsroom/search-words/spelling-list";

/** Glossary terms offered as name variants: an editor accepts or dismisses each pair. */
export async function GlossaryPairs({
  locale,
  candidates,
}: {
  locale: Locale;
  candidates: GlossaryCandidate[];
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.searchWords" });
  return (
    <section aria-labelledby="glossary-pairs">
      <h2 id="glossary-pairs">{t("candidates")}</h2>
      <p>{t("candidatesIntro")}</p>
      {candidates.length === 0 ? (
        <p>{t("noCandidates")}</p>
      ) : (
        <NewsroomTable columns={[t("english"), t("arabic"), t("outcome"), t("decision")]}>
          {candidates.map((candidate) => (
            <tr key={candidate.termId} data-glossary-pair={candidate.termId}>
              <td lang="en" dir="ltr">
                {candidate.en}
              </td>
              <td lang="ar" dir="rtl">
                {candidate.ar}
              </td>
              <td>
                {candidate.conflict ? (
                  t("conflict")
                ) : candidate.joins ? (
                  <>
                    {t("joinsSet")}
                    <SpellingList spellings={candidate.joins.spellings} />
                  </>
                ) : (
                  t("newSet")
                )}
              </td>
              <td className="button-row">
                {candidate.conflict ? null : (
                  <form action={acceptGlossaryPairAction}>
                    <input type="hidden" name="uiLocale" value={locale} />
                    <input type="hidden" name="termId" value={candidate.termId} />
                    <button type="submit">{t("accept")}</button>
                  </form>
                )}
                <form action={dismissGlossaryPairAction}>
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="termId" value={candidate.termId} />
                  <button type="submit">{t("dismiss")}</button>
                </form>
              </td>
            </tr>
          ))}
        </NewsroomTable>
      )}
    </section>
  );
}
