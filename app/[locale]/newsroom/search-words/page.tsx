import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { enteredNameSet, enteredPlural } from "@/lib/search-words/search-words-form";
import { glossaryCandidates, listArabicPlurals, listNameSets } from "@/lib/search-words/search-words-queries";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import {
  SEARCH_WORDS_DONE,
  SEARCH_WORDS_PROBLEMS,
  SearchWordsScreen,
} from "@/components/newsroom/screens/search-words-screen";

export default async function SearchWordsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/search-words">) {
  const { locale } = await enterNewsroomPage(
    params,
    { type: "searchWords.manage" },
    newsroomPaths.searchWords,
  );
  const query = await searchParams;
  const outcome = outcomeFrom(query, SEARCH_WORDS_DONE, SEARCH_WORDS_PROBLEMS);
  const invalid = outcome.problem === "invalid";
  const [{ candidates }, sets, plurals] = await Promise.all([
    glossaryCandidates(),
    listNameSets(),
    listArabicPlurals(),
  ]);
  return (
    <SearchWordsScreen
      locale={locale}
      candidates={candidates}
      sets={sets}
      plurals={plurals}
      typedSet={invalid ? enteredNameSet(query) : null}
      typedPlural={invalid ? enteredPlural(query) : null}
      {...outcome}
    />
  );
}
