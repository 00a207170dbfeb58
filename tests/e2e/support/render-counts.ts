import { E2E_METRICS_TOKEN, e2ePort } from "./e2e-server";

/**
 * Renders the e2e server has done for readers (GET), by route kind, from
 * its Prometheus counters: how a spec tells a page served from a cache from
 * one the origin rendered again.
 */
export async function readRenders(): Promise<Record<string, number>> {
  const response = await fetch(`http://127.0.0.1:${e2ePort}/metrics`, {
    headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` },
  });
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const counts: Record<string, number> = {};
  for (const line of (await response.text()).split("\n")) {
    const match = line.match(/^news_page_renders_total\{([^}]*)\} (\d+)/);
    if (!match || !/trigger="read"/.test(match[1]!)) continue;
    const kind = match[1]!.match(/route_kind="([^"]+)"/)?.[1];
    if (kind) counts[kind] = (counts[kind] ?? 0) + Number(match[2]);
  }
  return counts;
}
