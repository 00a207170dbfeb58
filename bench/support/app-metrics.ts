// The app's own count of page renders, read from each instance's
// Prometheus endpoint: what the origin actually rendered, which the
// proxy's backend requests only approximate (a pass, a fragment and a page
// are all one backend request to Varnish).

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\S+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function unescapeLabel(value: string): string {
  return value.replace(/\\(["\\n])/g, (_, char: string) => (char === "n" ? "\n" : char));
}

/** The samples of Prometheus' text format; comments (# HELP, # TYPE) and blank lines are skipped. */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const match = trimmed.match(SAMPLE_LINE);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? "").matchAll(LABEL)) labels[name!] = unescapeLabel(value!);
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

export const PAGE_RENDERS = "news_page_renders_total";

/**
 * Renders by route kind ("story", "comments-fragment", …) and trigger:
 * "read" (a GET, the load that matters) or "post" (a form or Server Action
 * answered with the page, such as the page a comment's poster gets back).
 */
export type RenderCounts = Map<string, number>;

export function renderKey(kind: string, trigger: string): string {
  return `${kind} ${trigger}`;
}

export function renderCounts(samples: Sample[]): RenderCounts {
  const counts: RenderCounts = new Map();
  for (const sample of samples) {
    if (sample.name !== PAGE_RENDERS) continue;
    // A counter without the trigger label counts reads.
    const key = renderKey(sample.labels.route_kind ?? "", sample.labels.trigger ?? "read");
    counts.set(key, (counts.get(key) ?? 0) + sample.value);
  }
  return counts;
}

/**
 * One instance's render counts, or null when it serves no metrics (an
 * older build, or a wrong token): the benchmark then reports the proxy's
 * figures alone rather than stopping.
 */
export async function scrapeRenders(origin: string, token: string): Promise<RenderCounts | null> {
  const response = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${token}` } }).catch(
    () => null,
  );
  if (!response?.ok) {
    await response?.arrayBuffer();
    return null;
  }
  return renderCounts(parseMetrics(await response.text()));
}

/** `after − before` for every kind and trigger; null when either scrape failed. */
export function renderDelta(before: RenderCounts | null, after: RenderCounts | null): RenderCounts | null {
  if (!before || !after) return null;
  const delta: RenderCounts = new Map();
  for (const [kind, value] of after) delta.set(kind, value - (before.get(kind) ?? 0));
  return delta;
}
