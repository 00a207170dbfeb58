import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  actionRequest,
  pick,
  routeRequest,
  seededRandom,
  type FuzzRequest,
  type Random,
} from "@/tests/e2e/support/fuzz-bodies";
import { buildActions, buildRouteHandlers, concretePath } from "@/tests/e2e/support/fuzz-targets";

// Issue 25: crafted input never gets a 500 or a stack trace. Every Server
// Action of the build and every route handler gets a seeded-random mix of
// no-JS and script posts, multipart and urlencoded, mangled encodings and
// junk methods. A failure prints its seed: FUZZ_SEED=<seed> replays it.
// Only `request`: no browser. (No integration test serves the built app,
// hence an e2e spec.)

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const POSTS_PER_ACTION = 8;
const REQUESTS_PER_ROUTE = 10;
const PARALLEL = 4;

// V8's stack lines and the server's own paths: none may reach a response.
const STACK_TRACE = /\n\s*at [^\n]+:\d+:\d+|webpack-internal:|node_modules\/|\.next\/server\//;

function paramValue(random: Random, name: string): string {
  if (name === "locale") return pick(random, ["en", "ar", "en", "ar", "fr"]);
  if (/id$/i.test(name)) return pick(random, ["1", "2", "999999999", "0", "x", "-1", "1e3"]);
  return pick(random, ["beirut", "politics", "sitemap-0.xml", "ب", "..", "a".repeat(300), "%00"]);
}

async function send(request: APIRequestContext, path: string, fuzz: FuzzRequest): Promise<string | null> {
  const response = await request.fetch(path, {
    method: fuzz.method,
    headers: fuzz.headers,
    data: fuzz.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = fuzz.method === "HEAD" ? "" : await response.text();
  if (response.status() < 500 && !STACK_TRACE.test(body)) return null;
  return `${response.status()} ${fuzz.method} ${path.slice(0, 120)} (${fuzz.label}): ${body.slice(0, 200)}`;
}

async function inParallel(jobs: (() => Promise<string | null>)[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < jobs.length) {
        const failure = await jobs[next++]!();
        if (failure) failures.push(failure);
      }
    }),
  );
  return failures;
}

test.describe("crafted input never answers 5xx", () => {
  test.beforeAll(() => console.log(`no-server-error fuzz: FUZZ_SEED=${seed}`));

  test("every Server Action of the build answers random posts without a 5xx or a stack trace", async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    test.info().annotations.push({ type: "seed", description: String(seed) });
    const random = seededRandom(seed);
    const actions = buildActions();
    expect(actions.length).toBeGreaterThan(10);
    const jobs = actions.flatMap((action) =>
      Array.from({ length: POSTS_PER_ACTION }, () => {
        const page = concretePath(pick(random, action.pages), (param) => paramValue(random, param));
        const fuzz = actionRequest(random, action.id, baseURL!);
        return () => send(request, page, fuzz);
      }),
    );
    expect(await inParallel(jobs), `FUZZ_SEED=${seed}`).toEqual([]);
  });

  test("every route handler answers random methods and bodies without a 5xx or a stack trace", async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    test.info().annotations.push({ type: "seed", description: String(seed) });
    const random = seededRandom(seed + 1);
    const routes = buildRouteHandlers();
    expect(routes.length).toBeGreaterThan(10);
    const jobs = routes.flatMap((route) =>
      Array.from({ length: REQUESTS_PER_ROUTE }, () => {
        const fuzz = routeRequest(random, baseURL!);
        const path = concretePath(route, (param) => paramValue(random, param)) + fuzz.query;
        return () => send(request, path, fuzz);
      }),
    );
    expect(await inParallel(jobs), `FUZZ_SEED=${seed}`).toEqual([]);
  });
});
