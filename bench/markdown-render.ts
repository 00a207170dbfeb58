// `npm run bench:markdown`: server-side rendering time of 50,000-character
// story bodies shaped to make the Markdown parser work hard, as a ratio to
// ordinary prose of the same length rendered in the same run. Bodies past
// the limits are shown as plain text, so their figures are the fallback's.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StoryBody } from "@/components/story-body";
import { bodyLimitProblem } from "@/lib/markdown/body-limits";
import { hostileBodies, prose } from "@/bench/support/hostile-markdown";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function cpuMs(body: string): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    renderToStaticMarkup(createElement(StoryBody, { markdown: body }));
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const baseline = cpuMs(prose("An ordinary story"));
console.log(
  `ordinary prose (baseline)${"".padEnd(20)} ${baseline.toFixed(1).padStart(7)} ms CPU (median of ${ROUNDS})`,
);
for (const [name, body] of Object.entries(hostileBodies)) {
  const ms = cpuMs(body);
  const how = bodyLimitProblem(body) ? "plain text" : "Markdown";
  console.log(
    `${name.padEnd(26)} ${how.padEnd(10)} ${ms.toFixed(1).padStart(7)} ms  ×${(ms / baseline).toFixed(1)}`,
  );
}
