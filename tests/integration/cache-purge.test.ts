import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeCacheProxy } from "@/lib/cache-proxy/purge";
import { closeStoryIdLookup, findStoryIdBySlug } from "@/lib/cache-proxy/story-id-lookup";
import { stories } from "@/prisma/content/stories/index";
import { seedDemoContent } from "@/prisma/seed";
import { installJobQueue } from "@/scripts/server/job-queue";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;
let proxy: Server;
let proxyUrl: string;
const received: { method: string | undefined; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  if ((await prisma.story.count()) === 0) await seedDemoContent(prisma);
  await installJobQueue(testDatabaseUrl());
  // Stands in for Varnish here (the real one is exercised by the e2e spec):
  // it answers like xkey's purge does and remembers what it was sent.
  proxy = createServer((req, res) => {
    received.push({ method: req.method, headers: req.headers });
    res.writeHead(req.headers["x-cache-proxy-secret"] === "right" ? 200 : 403).end();
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  delete process.env.CACHE_PROXY_PURGE_URLS;
  await new Promise((resolve) => proxy.close(resolve));
  await closeStoryIdLookup();
  await prisma.$disconnect();
});

async function failuresFor(keys: string) {
  return prisma.cachePurgeFailure.findMany({ where: { keys } });
}

/** The second purge of a withdrawal, waiting in the job queue. */
async function repurgesFor(keys: string) {
  return prisma.$queryRaw<{ max_attempts: number; run_at: Date }[]>`
    SELECT jobs.max_attempts, jobs.run_at FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = 'cache-hard-purge' AND jobs.payload->>'keys' = ${keys}`;
}

describe("purging the caching proxy", () => {
  it("sends nothing when no proxy is configured", async () => {
    delete process.env.CACHE_PROXY_PURGE_URLS;
    received.length = 0;
    await purgeCacheProxy({ tags: ["story:901"] });
    expect(received).toEqual([]);
  });

  it("soft-purges an edit: one PURGE with every key, encoded, and the shared secret", async () => {
    process.env.CACHE_PROXY_PURGE_URLS = proxyUrl;
    process.env.CACHE_PROXY_SECRET = "right";
    received.length = 0;
    await purgeCacheProxy({ tags: ["story:902", "slug:ar:خبر", "story:902"] });
    expect(received).toHaveLength(1);
    expect(received[0]!.method).toBe("PURGE");
    expect(received[0]!.headers["xkey-softpurge"]).toBe(`story:902 slug:ar:${encodeURIComponent("خبر")}`);
    expect(received[0]!.headers["xkey-purge"]).toBeUndefined();
    expect(await failuresFor("story:902")).toEqual([]);
    expect(await repurgesFor("story:902")).toEqual([]);
  });

  it("hard-purges a withdrawal in the same request as the edit's soft keys, and queues it once more", async () => {
    process.env.CACHE_PROXY_PURGE_URLS = proxyUrl;
    process.env.CACHE_PROXY_SECRET = "right";
    received.length = 0;
    await purgeCacheProxy({
      tags: ["story:905", "slug:en:old-905", "lists:en"],
      withdrawn: ["slug:en:old-905"],
    });
    expect(received).toHaveLength(1);
    expect(received[0]!.headers["xkey-purge"]).toBe("slug:en:old-905");
    expect(received[0]!.headers["xkey-softpurge"]).toBe("story:905 lists:en");
    const [job] = await repurgesFor("slug:en:old-905");
    expect(job).toMatchObject({ max_attempts: 25 });
    expect(job!.run_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
  });

  it("records a refused purge and one to a proxy that is down, without throwing", async () => {
    process.env.CACHE_PROXY_SECRET = "wrong";
    process.env.CACHE_PROXY_PURGE_URLS = proxyUrl;
    await expect(purgeCacheProxy({ tags: ["story:903"] })).resolves.toBeUndefined();
    expect((await failuresFor("story:903")).map((row) => row.error)).toEqual(["answered 403"]);

    process.env.CACHE_PROXY_PURGE_URLS = "http://127.0.0.1:1/";
    await expect(purgeCacheProxy({ tags: ["story:904"] })).resolves.toBeUndefined();
    const [failure] = await failuresFor("story:904");
    expect(failure?.proxyUrl).toBe("http://127.0.0.1:1/");
  });
});

describe("the story lookup behind a page's keys", () => {
  it("finds a story by its current slug in that locale only", async () => {
    const story = stories.find((s) => s.translations.en && s.translations.ar)!;
    const row = await prisma.storyTranslation.findFirstOrThrow({
      where: { locale: "ar", slug: story.translations.ar!.slug },
    });
    expect(await findStoryIdBySlug("ar", story.translations.ar!.slug)).toBe(row.storyId);
    expect(await findStoryIdBySlug("en", story.translations.ar!.slug)).toBeNull();
  });
});
