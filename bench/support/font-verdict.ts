// Whether a Lighthouse run drew its first view in the intended web font: every
// preloaded first-screen face (lib/fonts/core-faces.ts) was fetched, answered
// 200 and finished before the largest contentful paint, as the trace recorded
// them (faces are font-display: swap, so a face there by then is the one the
// reader sees; tests/e2e/fonts-first-view.spec.ts checks the browser did use it).
import type { PageFigures } from "@/bench/support/lighthouse-run";

export interface FontVerdict {
  used: boolean;
  /** e.g. "2/2 before LCP, 2/2 before FCP". */
  summary: string;
}

export function fontVerdict(figures: PageFigures, expected: readonly string[]): FontVerdict {
  const loads = expected.map((path) =>
    figures.fonts.find((font) => font.path === path && font.finished && font.statusCode === 200),
  );
  const beforeLcp = loads.filter((load) => load && load.endMs <= figures.observedLcpMs).length;
  const beforeFcp = loads.filter((load) => load && load.endMs <= figures.observedFcpMs).length;
  return {
    used: beforeLcp === expected.length,
    summary: `${beforeLcp}/${expected.length} before LCP, ${beforeFcp}/${expected.length} before FCP`,
  };
}
