import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { EnteredNameSet, EnteredPlural } from "@/lib/search-words/search-words-form";
import type { ArabicPluralRow, GlossaryCandidate, NameSet } from "@/lib/search-words/search-words-queries";
import { ErrorSummary } from "@/components/forms/error-summary";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { ArabicPluralsTable } from "@/components/newsroom/search-words/arabic-plurals-table";
import { GlossaryPairs } from "@/components/newsroom/search-words/glossary-pairs";
import { NameSets } from "@/components/newsroom/search-words/name-sets";

export const SEARCH_WORDS_DONE = [
  "create",
  "update",
  "delete",
  "accept",
  "dismiss",
  "pluralAdd",
  "pluralRemove",
] as const;
export const SEARCH_WORDS_PROBLEMS = ["forbidden", "not-found", "conflict", "full", "invalid"] as const;

interface Props {
  locale: Locale;
  candidates: GlossaryCandidate[];
  sets: NameSet[];
  plurals: ArabicPluralRow[];
  typedSet: EnteredNameSet | null;
  typedPlural: EnteredPlural | null;
  done: (typeof SEARCH_WORDS_DONE)[number] | null;
  problem: (typeof SEARCH_WORDS_PROBLEMS)[number] | null;
}

/** What search reads besides the stories, kept by editors: name variants (with the glossary's offers) and broken plurals. */
export async function SearchWordsScreen(props: Props) {
  const { locale, typedSet, typedPlural } = props;
  const t = await getTranslations({ locale, namespace: "Newsroom.searchWords" });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const setError = typedSet ? t(`errors.${typedSet.error}`, { spelling: typedSet.spelling }) : undefined;
  const setField = typedSet?.form === "create" ? "new-set" : `set-${typedSet?.form.slice(5)}`;
  const summary = [
    ...(typedSet && setError
      ? [{ field: `${setField}-spellings`, label: t("spellings"), text: setError }]
      : []),
    ...(["singular", "plural"] as const).flatMap((field) => {
      const code = typedPlural?.errors[field];
      return code
        ? [{ field: `plural-${field}`, label: t(`plurals.${field}`), text: t(`plurals.errors.${code}`) }]
        : [];
    }),
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ErrorSummary title={forms("errorSummary")} errors={summary} />
      <OutcomeNotice
        done={props.done ? t(`done.${props.done}`) : null}
        problem={props.problem && props.problem !== "invalid" ? t(`problem.${props.problem}`) : null}
      />
      <GlossaryPairs locale={locale} candidates={props.candidates} />
      <NameSets locale={locale} sets={props.sets} typed={typedSet} error={setError} />
      <ArabicPluralsTable locale={locale} plurals={props.plurals} typed={typedPlural} />
    </>
  );
}
