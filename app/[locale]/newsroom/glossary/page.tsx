import { importProblems, enteredTerm } from "@/lib/glossary/glossary-form";
import { GLOSSARY_PAGE_SIZE, listGlossary, MAX_GLOSSARY_QUERY } from "@/lib/glossary/glossary-queries";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import {
  GLOSSARY_DONE,
  GLOSSARY_PROBLEMS,
  GlossaryScreen,
} from "@/components/newsroom/screens/glossary-screen";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const MAX_PAGE = 10_000;

export default async function GlossaryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/glossary">) {
  const { locale, user } = await enterNewsroomPage(
    params,
    { type: "newsroom.enter" },
    newsroomPaths.glossary,
  );
  const query = await searchParams;
  const outcome = outcomeFrom(query, GLOSSARY_DONE, GLOSSARY_PROBLEMS);
  const q = one(query.q).slice(0, MAX_GLOSSARY_QUERY);
  const page = Math.min(MAX_PAGE, Math.max(1, Number.parseInt(one(query.page), 10) || 1));
  const { entries, total } = await listGlossary({ query: q, page, uiLocale: locale });
  const count = (value: string) => Math.min(1_000_000, Math.max(0, Number.parseInt(value, 10) || 0));
  return (
    <GlossaryScreen
      locale={locale}
      entries={entries}
      total={total}
      page={page}
      pageCount={Math.max(1, Math.ceil(total / GLOSSARY_PAGE_SIZE))}
      query={q}
      manage={can(user, { type: "glossary.manage" })}
      typed={outcome.problem === "invalid" ? enteredTerm(query) : null}
      imported={
        outcome.done === "import"
          ? { created: count(one(query.created)), updated: count(one(query.updated)) }
          : null
      }
      importProblems={importProblems(query)}
      {...outcome}
    />
  );
}
