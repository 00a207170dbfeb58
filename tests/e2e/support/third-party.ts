import type { BrowserContext } from "@playwright/test";

/** Every request to a host other than this site's is recorded and aborted (the machine is offline). */
export async function recordThirdParty(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  await context.route("**", async (route) => {
    const url = route.request().url();
    if (["localhost", "127.0.0.1"].includes(new URL(url).hostname)) return route.continue();
    requests.push(url);
    return route.abort();
  });
  return requests;
}
