import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Runner } from "graphile-worker";
import { pino } from "pino";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Read by lib/env when it is first imported, so before the imports below.
const METRICS_TOKEN = vi.hoisted(() => {
  const token = "integration-metrics-token";
  process.env.METRICS_TOKEN = token;
  return token;
});

import { GET as metricsRoute } from "@/app/metrics/route";
import { purgeCacheProxy } from "@/lib/cache-proxy/purge";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isJobCall, JOB_TOKEN_ENV } from "@/lib/jobs/job-calls";
import { replaceRootLogger } from "@/lib/logging/logger";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { runScheduledChange, scheduleChange } from "@/lib/newsroom/schedule/scheduled-changes";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import { createSharedCache } from "@/lib/shared-cache/shared-cache";
import { stories } from "@/prisma/content/stories/index";
import { installJobQueue, startJobQueue } from "@/scripts/server/job-queue";
import { requestPipeline } from "@/scripts/server/request-pipeline";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";
import { createMember } from "@/tests/setup/newsroom-member";
import { testDatabaseUrl } from "@/tests/setup/test-database";

interface LogLine {
  msg: string;
  requestId?: string;
  [field: string]: unknown;
}

let prisma: PrismaClient;
let editor: NewsroomUser;
let lines: LogLine[] = [];
let restoreLogger: () => void = () => undefined;
const servers: Server[] = [];
let runner: Runner | null = null;

const bilingual = stories.find((s) => s.translations.en && s.translations.ar && s.sourceLocale === "en")!;

seedDemoDatabaseForEachTest((client) => (prisma = client));
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-read-digests";
process.env[JOB_TOKEN_ENV] = "integration-job-token";

beforeAll(async () => {
  await installJobQueue(testDatabaseUrl());
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  lines = [];
  restoreLogger = replaceRootLogger(
    pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) }),
  );
});

afterEach(async () => {
  await runner?.stop();
  runner = null;
  for (const server of servers.splice(0)) await new Promise((closed) => server.close(closed));
  restoreLogger();
  delete process.env.CACHE_PROXY_PURGE_URLS;
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req) text += (chunk as Buffer).toString();
  return JSON.parse(text) as unknown;
}

/**
 * Stands in for Next behind the real request pipeline: the newsroom's
 * schedule form, the job route, /metrics (the real route handler) and a
 * reading page Next's cache answered. Each calls the same lib/ code Next would.
 */
async function stubNext(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const headers = new Headers(
    Object.entries(req.headers).flatMap(([name, value]) =>
      typeof value === "string" ? [[name, value] as [string, string]] : [],
    ),
  );
  if (path === "/metrics") {
    const response = await metricsRoute(new Request("http://app/metrics", { headers }));
    res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "text/plain" });
    res.end(await response.text());
  } else if (path === "/api/jobs/scheduled-change" && isJobCall(headers)) {
    const { scheduleId } = (await bodyOf(req)) as { scheduleId: number };
    const result = await runScheduledChange(scheduleId);
    if (result.ran) await purgeCacheProxy(result);
    res.end(JSON.stringify(result));
  } else if (req.method === "POST" && path.startsWith("/en/newsroom/stories/")) {
    const { storyId, runAt } = (await bodyOf(req)) as { storyId: number; runAt: string };
    const made = await scheduleChange(editor, {
      storyId,
      locale: "ar",
      step: "publish",
      runAt: new Date(runAt),
    });
    res.end(JSON.stringify(made));
  } else {
    res.setHeader("x-nextjs-cache", "HIT");
    res.end("<!doctype html><title>page</title>");
  }
}

async function startApp(): Promise<string> {
  const proxy = await listen((req, res) => res.writeHead(req.method === "PURGE" ? 200 : 404).end());
  process.env.CACHE_PROXY_PURGE_URLS = `${proxy}/`;
  return listen(
    requestPipeline({
      handle: stubNext,
      ownOrigin: "http://127.0.0.1:1",
      trustedProxiesSetting: undefined,
    }),
  );
}

const scrape = (origin: string) =>
  fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }).then((r) => r.text());

/** The sum of a metric's samples whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
}

describe("request logs", () => {
  it("carry one request id from the server through the page's code into the job it queued and that job's own call", async () => {
    const origin = await startApp();
    const storyId = (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
    expect(
      (await changeStatus(editor, { storyId, locale: "ar", step: "unpublish", confirmed: true })).ok,
    ).toBe(true);
    const before = await scrape(origin);
    runner = await startJobQueue({
      connectionString: testDatabaseUrl(),
      appOrigin: origin,
      token: process.env[JOB_TOKEN_ENV]!,
    });

    const response = await fetch(`${origin}/en/newsroom/stories/${storyId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ storyId, runAt: new Date(Date.now() + 1_000).toISOString() }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    await expect
      .poll(() => lines.some((line) => line.msg === "job done" && line.requestId === requestId), {
        timeout: 20_000,
        interval: 250,
      })
      .toBe(true);
    const own = lines.filter((line) => line.requestId === requestId);
    // The server's line for the post, the page's own line, then the job's
    // call with its route's lines (the scheduler's run, the proxy's purge),
    // and the worker's line for the job.
    expect(own.map((line) => [line.msg, line.path ?? line.task ?? null])).toEqual(
      expect.arrayContaining([
        ["change scheduled", null],
        ["request", `/en/newsroom/stories/${storyId}`],
        ["scheduled change ran", null],
        ["cache proxy purge confirmed", null],
        ["request", "/api/jobs/scheduled-change"],
        ["job done", "scheduled-status-change"],
      ]),
    );
    const postLine = own.find(
      (line) => line.msg === "request" && line.method === "POST" && line.status === 200,
    );
    expect(postLine).toMatchObject({ routeKind: "/[locale]/newsroom/stories/[storyId]", level: 30 });
    expect(typeof postLine?.durationMs).toBe("number");

    const after = await scrape(origin);
    const task = { task: "scheduled-status-change" };
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta("news_job_queue_lag_seconds_count", task)).toBe(1);
    expect(delta("news_jobs_total", { ...task, outcome: "done" })).toBe(1);
  });

  it("take an incoming X-Request-Id only from a trusted proxy or the job queue, never the query string, and not the proxy's health probes", async () => {
    const origin = await startApp();
    // The proxy's probe, each second: healthy answers are not logged at info.
    await (await fetch(`${origin}/api/health`)).text();
    const fromReader = await fetch(`${origin}/en/story/x?token=secret-sign-in-token`, {
      headers: { "x-request-id": "chosen-by-a-reader" },
    });
    const fromQueue = await fetch(`${origin}/en/story/y`, {
      headers: { "x-request-id": "queued-by-request-7", "x-job-token": process.env[JOB_TOKEN_ENV]! },
    });
    expect(fromReader.headers.get("x-request-id")).not.toBe("chosen-by-a-reader");
    expect(fromQueue.headers.get("x-request-id")).toBe("queued-by-request-7");
    await expect.poll(() => lines.filter((line) => line.msg === "request").length).toBe(2);
    expect(JSON.stringify(lines)).not.toContain("secret-sign-in-token");
    expect(lines.filter((line) => line.path === "/api/health")).toEqual([]);
    expect(lines.find((line) => line.path === "/en/story/x")).toMatchObject({
      requestId: fromReader.headers.get("x-request-id"),
      routeKind: "/[locale]/story/[slug]",
      nextCache: "hit",
      status: 200,
    });
  });
});

describe("/metrics", () => {
  it("refuses a scrape without the token", async () => {
    const origin = await startApp();
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${origin}/metrics`, { headers: { authorization: "Bearer not-the-token-at-all" } }))
        .status,
    ).toBe(401);
  });

  it("moves its latency histograms, cache counts and fallbacks with traffic", async () => {
    const origin = await startApp();
    const story = { route_kind: "/[locale]/story/[slug]", method: "GET", status: "2xx" };
    const before = await scrape(origin);
    for (const slug of ["a", "b", "c"]) await (await fetch(`${origin}/en/story/${slug}`)).text();
    // A purge one proxy confirms and one out of reach cannot, and Redis out
    // of reach for the shared cache.
    process.env.CACHE_PROXY_PURGE_URLS += " http://127.0.0.1:1/";
    await purgeCacheProxy({ tags: ["story:1"] });
    const cache = createSharedCache({
      url: "redis://127.0.0.1:1",
      prefix: "metrics-test",
      buildId: "b",
      log: () => {},
    });
    expect(await cache.get("some-page", [])).toBeNull();
    await cache.close();
    await db().$queryRaw`SELECT 1`;
    const after = await scrape(origin);

    const delta = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta("news_http_request_duration_seconds_count", story)).toBe(3);
    expect(delta("news_http_request_duration_seconds_bucket", { ...story, le: "+Inf" })).toBe(3);
    expect(delta("news_next_cache_responses_total", { route_kind: story.route_kind, result: "hit" })).toBe(3);
    expect(delta("news_cache_proxy_purge_duration_seconds_count", { outcome: "confirmed" })).toBe(1);
    expect(delta("news_cache_proxy_purge_duration_seconds_count", { outcome: "failed" })).toBe(1);
    expect(delta("news_cache_proxy_purge_failures_total")).toBe(1);
    expect(delta("news_shared_cache_fallbacks_total", { operation: "get" })).toBe(1);
    expect(delta("news_shared_cache_reads_total", { result: "fallback" })).toBe(1);
    expect(after).toContain("# TYPE news_job_queue_lag_seconds histogram");
    expect(sample(after, "news_db_pool_connections", { state: "total" })).toBeGreaterThan(0);
  });
});
