import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createClient } from "@redis/client";
import { stories } from "@/prisma/content/stories/index";
import { readerServed, startReaderLoad, type ReaderLoad } from "@/tests/support/reader-load";
import { storyUrl } from "./demo-stories";
import { startTestCluster, type TestCluster } from "./support/cluster";

// `npm run start:cluster` supervises its processes: Varnish, Redis and an
// app instance killed with SIGKILL under reader load each come back on
// their own port, the death and the restart are logged, and readers are
// served again.
let cluster: TestCluster;
let load: ReaderLoad | null = null;

const paths = stories.flatMap((s) =>
  (["en", "ar"] as const).filter((locale) => s.translations[locale]).map((locale) => storyUrl(s, locale)),
);

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startTestCluster({ supervise: true });
});
test.afterEach(async () => {
  await load?.stop();
  load = null;
});
test.afterAll(async () => {
  await cluster?.stop();
});

const supervisorLog = () => readFileSync(path.join(cluster.logDir, "supervisor.log"), "utf8");

/** Twenty reads in a row through the proxy, every one served. */
async function readersServed(): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    const status = await fetch(`${cluster.url}${paths[i % paths.length]}?after=${i}`, {
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    })
      .then(async (response) => (await response.arrayBuffer(), response.status))
      .catch(() => 0);
    if (!readerServed(status)) return false;
  }
  return true;
}

async function killUnderLoad(name: string, kill: () => void): Promise<void> {
  load = startReaderLoad(cluster.url, paths);
  await expect
    .poll(() => load!.answers.filter((a) => readerServed(a.status)).length, { timeout: 60_000 })
    .toBeGreaterThan(20);
  kill();
  await expect.poll(() => cluster.restarts(name), { timeout: 60_000 }).toBe(1);
  await expect.poll(readersServed, { timeout: 30_000 }).toBe(true);
  await load.stop();
  // The readers kept reading through the kill and were served after it.
  expect(load.answers.filter((a) => readerServed(a.status)).length).toBeGreaterThan(20);
  expect(supervisorLog()).toMatch(new RegExp(`^\\S+ ${name} died after `, "m"));
  expect(supervisorLog()).toMatch(new RegExp(`^\\S+ ${name} restarted \\(restart 1,`, "m"));
}

test("the detailed health needs the token on an instance and is never served through the proxy", async () => {
  const instance = cluster.instances[0]!;
  const bearer = { authorization: `Bearer ${cluster.healthToken}` };
  expect((await fetch(`${instance.url}/api/health/detail`)).status).toBe(401);
  expect(
    (
      await fetch(`${instance.url}/api/health/detail`, {
        headers: { authorization: "Bearer wrong-token-here" },
      })
    ).status,
  ).toBe(401);
  const detail = await fetch(`${instance.url}/api/health/detail`, { headers: bearer });
  expect(detail.status).toBe(200);
  expect(detail.headers.get("cache-control")).toBe("no-store");
  expect(await detail.json()).toMatchObject({
    ok: true,
    database: { ok: true },
    redis: { ok: true },
    queue: { ok: true },
    purgeFailures: { lastHour: 0 },
  });
  // Next answers some spellings with a redirect to the plain path, which
  // the proxy refuses in turn: followed, every one ends refused.
  const spellings = [
    "/api/health/detail",
    "//api/health/detail",
    "/API/Health/detail",
    "/api/health/detail?x=1",
    "/api/health/detail/",
    "/api/health%2Fdetail",
    "/api/%68ealth/detail",
    "/%61pi/health/%64etail",
  ];
  const answers: Record<string, number> = {};
  for (const spelling of spellings) {
    const throughProxy = await fetch(`${cluster.url}${spelling}`, { headers: bearer });
    const text = await throughProxy.text();
    answers[spelling] = text.includes("database") ? 200 : throughProxy.status;
  }
  expect(answers).toEqual(Object.fromEntries(spellings.map((spelling) => [spelling, 404])));
  // The probe's own cheap check stays served.
  expect((await fetch(`${cluster.url}/api/health`)).status).toBe(200);
});

test("Varnish killed with SIGKILL comes back on its port with the same backends", async () => {
  test.setTimeout(120_000);
  const before = cluster.varnish.process.pid;
  await killUnderLoad("varnish", () => process.kill(before!, "SIGKILL"));
  expect(cluster.varnish.process.pid).not.toBe(before);
  // The same VCL: still refuses what it refused.
  expect((await fetch(`${cluster.url}/metrics`)).status).toBe(404);
});

test("Redis killed with SIGKILL comes back, and the instances use it again", async () => {
  test.setTimeout(120_000);
  await killUnderLoad("redis", () => cluster.redis!.kill());
  // The new Redis starts empty: the instances' cache entries in it show
  // they reconnected (pages the proxy has not seen are rendered meanwhile).
  const redis = createClient({ url: cluster.redisUrl });
  await redis.connect();
  try {
    await expect
      .poll(async () => (await readersServed()) && (await redis.dbSize()) > 0, { timeout: 30_000 })
      .toBe(true);
  } finally {
    await redis.close();
  }
  for (const instance of cluster.instances) {
    const detail = await fetch(`${instance.url}/api/health/detail`, {
      headers: { authorization: `Bearer ${cluster.healthToken}` },
    });
    expect(detail.status).toBe(200);
    expect(((await detail.json()) as { redis: { ok: boolean } }).redis.ok).toBe(true);
  }
});

test("an app instance killed with SIGKILL comes back on its port", async () => {
  test.setTimeout(180_000);
  const instance = cluster.instances[0]!;
  const before = instance.process.child.pid;
  await killUnderLoad(instance.name, () => instance.kill());
  expect(instance.process.child.pid).not.toBe(before);
  expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);
});
