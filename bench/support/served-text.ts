// When readers behind the proxy first get an edit: the page is read until
// it contains the edit's text. With a soft purge the proxy answers from
// its stale copy while it fetches the new one in the background, so this
// is the time readers go on seeing the old page.

const POLL_MS = 20;
const GIVE_UP_MS = 30_000;

/** performance.now() when `url` first answered with `text` in it, or null after 30 s. */
export async function whenServed(url: string, text: string): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < GIVE_UP_MS) {
    const response = await fetch(url, { headers: { "accept-encoding": "gzip" } }).catch(() => null);
    const body = response ? await response.text().catch(() => "") : "";
    if (body.includes(text)) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}
