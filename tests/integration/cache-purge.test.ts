import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeCacheProxy } from "@/lib/cache-proxy/purge";
import { closeStoryIdLookup, findStoryIdBySlug } from "@/lib/cache-proxy/story-id-lookup";
import { stories } from "@/prisma/content/stories/index";
import { seedDemoContent } from "@/prisma/seed";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;
let proxy: Server;
let proxyUrl: string;
const received: { method: string | undefined; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  if ((await prisma.story.count()) === 0) await seedDemoContent(prisma);
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

describe("purging the caching proxy", () => {
  it("sends nothing when no proxy is configured", async () => {
    delete process.env.CACHE_PROXY_PURGE_URLS;
    received.length = 0;
    await purgeCacheProxy(["story:901"]);
    expect(received).toEqual([]);
  });

  it("sends one PURGE with every key, encoded, and the shared secret", async () => {
    process.env.CACHE_PROXY_PURGE_URLS = proxyUrl;
    process.env.CACHE_PROXY_SECRET = "right";
    received.length = 0;
    await purgeCacheProxy(["story:902", "slug:ar:خبر", "story:902"]);
    expect(received).toHaveLength(1);
    expect(received[0]!.method).toBe("PURGE");
    expect(received[0]!.headers["xkey-purge"]).toBe(`story:902 slug:ar:${encodeURIComponent("خبر")}`);
    expect(await failuresFor("story:902")).toEqual([]);
  });

  it("records a refused purge and one to a proxy that is down, without throwing", async () => {
    process.env.CACHE_PROXY_SECRET = "wrong";
    process.env.CACHE_PROXY_PURGE_URLS = proxyUrl;
    await expect(purgeCacheProxy(["story:903"])).resolves.toBeUndefined();
    expect((await failuresFor("story:903")).map((row) => row.error)).toEqual(["answered 403"]);

    process.env.CACHE_PROXY_PURGE_URLS = "http://127.0.0.1:1/";
    await expect(purgeCacheProxy(["story:904"])).resolves.toBeUndefined();
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
