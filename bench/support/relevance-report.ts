import type { Locale } from "next-intl";
import { meanScores, type QueryScores } from "@/bench/support/relevance-metrics";
import { QUERY_KINDS, type QueryKind } from "@/tests/relevance/relevance-set";

export interface ScoredQuery extends QueryScores {
  query: string;
  kind: QueryKind;
  /** Story keys of the first page, best first; null: nothing to look up. */
  found: string[] | null;
  relevant: string[];
  /** Generated corpus only: the stories that merely mention the query's subject. */
  mentions?: string[];
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

/**
 * For the generated corpus: how often a story that only mentions a query's
 * subject is on the first page, and how often it stands above a story about
 * the subject (one on the page below it, or one missing from the page).
 */
export function mentionTable(runs: AnalysisRun[]): string {
  const lines = [
    "| analysis | language | queries | a mention on the first page | a mention above an about story |",
    "| --- | --- | ---: | ---: | ---: |",
  ];
  const share = (count: number, all: number) =>
    `${count} (${((100 * count) / Math.max(all, 1)).toFixed(1)}%)`;
  for (const run of runs) {
    let shown = 0;
    let above = 0;
    for (const each of run.queries) {
      const page = (each.found ?? []).slice(0, 10);
      const mentions = new Set(each.mentions ?? []);
      const firstMention = page.findIndex((key) => mentions.has(key));
      if (firstMention === -1) continue;
      shown += 1;
      const aboutPlaces = each.relevant.map((key) => page.indexOf(key));
      if (aboutPlaces.some((place) => place === -1 || place > firstMention)) above += 1;
    }
    lines.push(
      `| ${run.analysis} | ${run.locale} | ${run.queries.length} | ${share(shown, run.queries.length)} | ${share(above, run.queries.length)} |`,
    );
  }
  return lines.join("\n");
}
