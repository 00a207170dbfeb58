import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_METRICS_TOKEN } from "./support/e2e-server";

// The front pages: no other spec withdraws them.
const FRONT_PAGE = ['route_kind="/[locale]"', 'method="GET"', 'status="2xx"'];

async function scrape(request: APIRequestContext): Promise<string> {
  const response = await request.get("/metrics", {
    headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  return response.text();
}

/** The value of the sample of `name` with these labels (in any order), or 0 before it appears. */
function valueOf(text: string, name: string, labels: readonly string[]): number {
  const line = text
    .split("\n")
    .find(
      (candidate) => candidate.startsWith(`${name}{`) && labels.every((label) => candidate.includes(label)),
    );
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

test("/metrics asks for the token", async ({ request }) => {
  expect((await request.get("/metrics")).status()).toBe(401);
  expect(
    (
      await request.get("/metrics", { headers: { authorization: "Bearer wrong-token-wrong-token" } })
    ).status(),
  ).toBe(401);
});

test("the latency histogram of front pages moves with readers' requests, and every answer names its request", async ({
  request,
}) => {
  const before = await scrape(request);
  const ids = new Set<string>();
  for (const locale of ["en", "ar"] as const) {
    const response = await request.get(`/${locale}`, {
      // Not a trusted proxy's: the server makes its own id.
      headers: { "x-request-id": "chosen-by-a-reader" },
    });
    expect(response.status()).toBe(200);
    ids.add(response.headers()["x-request-id"]!);
  }
  expect(ids.size).toBe(2);
  expect(ids.has("chosen-by-a-reader")).toBe(false);

  const after = await scrape(request);
  const count = ["news_http_request_duration_seconds_count", FRONT_PAGE] as const;
  const slowest = ["news_http_request_duration_seconds_bucket", [...FRONT_PAGE, 'le="+Inf"']] as const;
  expect(valueOf(after, ...count) - valueOf(before, ...count)).toBe(2);
  expect(valueOf(after, ...slowest) - valueOf(before, ...slowest)).toBe(2);
  expect(after).toMatch(/^news_db_pool_connections\{state="total"\} [1-9]/m);
});
