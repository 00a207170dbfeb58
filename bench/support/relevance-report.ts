import type { Locale } from "next-intl";
import { meanScores, type QueryScores } from "@/bench/support/relevance-metrics";
import { QUERY_KINDS, type QueryKind } from "@/tests/relevance/relevance-set";

export interface ScoredQuery extends QueryScores {
  query: string;
  kind: QueryKind;
  /** Story keys of the first page, best first; null: nothing to look up. */
  found: string[] | null;
  relevant: string[];
}

export interface AnalysisRun {
  analysis: string;
  locale: Locale;
  queries: ScoredQuery[];
}

const figure = (value: number) => value.toFixed(3);

/** The table docs/benchmarks.md quotes: one row per analysis and language, then recall@10 per kind. */
export function relevanceTable(runs: AnalysisRun[]): string {
  const lines = [
    "| analysis | language | queries | recall@10 | MRR | nDCG@10 | ar word-form recall@10 | no answer |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const run of runs) {
    const all = meanScores(run.queries);
    const wordForms = meanScores(run.queries.filter((each) => each.kind === "word-form"));
    const unanswered = run.queries.filter((each) => each.found === null || each.found.length === 0).length;
    lines.push(
      `| ${run.analysis} | ${run.locale} | ${all.queries} | ${figure(all.recall)} | ${figure(all.reciprocalRank)} | ${figure(all.ndcg)} | ${run.locale === "ar" ? figure(wordForms.recall) : "–"} | ${unanswered} |`,
    );
  }
  lines.push("", "recall@10 per kind of query (number of queries in brackets):", "");
  lines.push(
    `| analysis | language | ${QUERY_KINDS.join(" | ")} |`,
    `| --- | --- |${" ---: |".repeat(QUERY_KINDS.length)}`,
  );
  for (const run of runs) {
    const cells = QUERY_KINDS.map((kind) => {
      const mean = meanScores(run.queries.filter((each) => each.kind === kind));
      return `${figure(mean.recall)} (${mean.queries})`;
    });
    lines.push(`| ${run.analysis} | ${run.locale} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The queries that found none of their stories in the first ten results, to read what the analysis misses. */
export function missedQueries(run: AnalysisRun): string[] {
  return run.queries
    .filter((each) => each.recall === 0)
    .map((each) => `${each.kind}: ${each.query}${each.found === null ? " (nothing to look up)" : ""}`);
}
