import { expect, test } from "@playwright/test";
import pg from "pg";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn, unpublishVersion } from "./newsroom-helpers";
import { nextMinute, scheduleOnOverview } from "./support/schedule-minute";
import { startTestCluster, type TestCluster } from "./support/cluster";

// Two app instances, each running the job queue's worker, on one
// PostgreSQL, behind Varnish: the scheduled publish fires within 60 s of its
// minute, exactly once, and readers everywhere see it.
const story = demoStory("wildfire-season");

let cluster: TestCluster;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startTestCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

async function query<Row extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const status = async (origin: string, path: string) =>
  (await fetch(`${origin}${path}`, { redirect: "manual", headers: { "accept-language": "ar" } })).status;

test("a publish scheduled on one instance fires once, within 60 s of its minute, for readers on every instance", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const [instanceA, instanceB] = cluster.instances;
  const [row] = await query<{ id: number }>(`SELECT "id" FROM "Story" WHERE "key" = $1`, [story.key]);
  const storyId = row!.id;
  const path = storyUrl(story, "ar");

  const context = await browser.newContext({ baseURL: cluster.url });
  const page = await context.newPage();
  await signIn(page, "editor", "ar");
  await page.goto(`${instanceA!.url}/ar/newsroom/stories/${storyId}`);
  await unpublishVersion(page, "ar");
  await expect(page.locator('tr[data-locale="ar"] .badge')).toHaveAttribute("data-state", "DRAFT");
  // Warm the proxy with the 404, so only a purge can make it serve the story.
  expect(await status(cluster.url, path)).toBe(404);

  const minute = nextMinute();
  await scheduleOnOverview(page, "ar", { step: "publish", ...minute });
  await context.close();
  expect(await status(cluster.url, path)).toBe(404);
  expect(await status(instanceB!.url, path)).toBe(404);

  const timeout = minute.runAt.getTime() + 60_000 - Date.now();
  await expect.poll(() => status(cluster.url, path), { timeout, intervals: [1_000] }).toBe(200);
  expect(await status(instanceB!.url, path)).toBe(200);
  expect(await status(instanceA!.url, path)).toBe(200);

  const [schedule] = await query<{ ranAt: Date; runAt: Date; outcome: string }>(
    `SELECT "ranAt", "runAt", "outcome" FROM "ScheduledChange" WHERE "storyId" = $1`,
    [storyId],
  );
  expect(schedule!.outcome).toBe("done");
  expect(schedule!.ranAt.getTime() - minute.runAt.getTime()).toBeLessThan(60_000);
  // Done jobs are deleted by the queue, so none is left for the other worker to take again.
  // (Only this one: a withdrawal's second purge may still wait from an earlier spec.)
  await expect
    .poll(() =>
      query(
        `SELECT 1 FROM graphile_worker._private_jobs AS jobs
         JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
         WHERE tasks.identifier = 'scheduled-status-change'`,
        [],
      ),
    )
    .toEqual([]);
  const publishes = await query<{ details: Record<string, unknown> }>(
    `SELECT "details" FROM "AuditEntry" WHERE "action" = 'translation.publish' AND "subject" = $1
     AND "createdAt" >= $2`,
    [`story:${storyId}/ar`, minute.runAt],
  );
  expect(publishes).toHaveLength(1);
  expect(publishes[0]!.details).toMatchObject({ scheduler: "job-queue", runAt: minute.runAt.toISOString() });
});
