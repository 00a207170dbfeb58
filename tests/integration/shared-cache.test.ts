import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/db/free-port";
import { createSharedCache, type SharedCache } from "@/lib/shared-cache/shared-cache";
import RedisCacheHandler from "@/lib/shared-cache/redis-cache-handler";
import { startRedisServer, type RunningRedis } from "@/scripts/cluster/redis-server";

// Two caches on one Redis are two app instances. The Redis is Debian's
// redis-server, started here; pausing it (SIGSTOP) is a Redis that answers
// nothing but keeps its data, the case where an old entry could come back.
let redis: RunningRedis;
let logDir = "";
let open: SharedCache[] = [];
let run = 0;

function instances(count = 2): SharedCache[] {
  run += 1;
  const made = Array.from({ length: count }, () =>
    createSharedCache({
      url: redis.url,
      prefix: `test-${process.pid}-${run}`,
      buildId: "build",
      timeoutMs: 200,
      retryMs: 100,
      log: () => undefined,
    }),
  );
  open.push(...made);
  return made;
}

const entry = (text: string, tags: string[]) => ({ lastModified: Date.now(), tags, value: { text } });

async function connected(...caches: SharedCache[]): Promise<void> {
  await expect.poll(() => caches.every((cache) => cache.isUp()), { timeout: 10_000 }).toBe(true);
}

beforeAll(async () => {
  logDir = mkdtempSync(path.join(os.tmpdir(), "news-redis-test-"));
  redis = await startRedisServer(await freePort(), { logDir });
});
afterEach(async () => {
  redis.resume();
  await Promise.all(open.map((cache) => cache.close()));
  open = [];
});
afterAll(async () => {
  await redis?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

describe("the cache every instance shares", () => {
  it("serves an entry one instance wrote to the other, until a tag of it is invalidated on either", async () => {
    const [a, b] = instances();
    await connected(a!, b!);
    await a!.set("/en/story/1", entry("first text", ["story:1"]));
    expect((await b!.get<{ text: string }, object>("/en/story/1", []))?.value.text).toBe("first text");
    await b!.invalidateTags(["story:1"]);
    expect(await a!.get("/en/story/1", [])).toBeNull();
    expect(await b!.get("/en/story/1", [])).toBeNull();
  });

  it("also drops an entry through a tag only the reader knows (a page's implicit path tag)", async () => {
    const [a, b] = instances();
    await connected(a!, b!);
    await a!.set("data", entry("list", ["lists:en"]));
    await a!.invalidateTags(["_N_T_/en"]);
    expect(await b!.get("data", ["_N_T_/en"])).toBeNull();
    expect(await b!.get("data", [])).not.toBeNull();
  });

  it("keeps an entry written after the invalidation", async () => {
    const [a, b] = instances();
    await connected(a!, b!);
    await a!.invalidateTags(["story:2"]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a!.set("/en/story/2", entry("new text", ["story:2"]));
    expect((await b!.get<{ text: string }, object>("/en/story/2", []))?.value.text).toBe("new text");
  });

  it("answers misses while Redis is unreachable, and never lets an entry older than a missed invalidation come back", async () => {
    const [a, b] = instances();
    await connected(a!, b!);
    await a!.set("/ar/story/3", entry("old text", ["story:3"]));
    redis.pause();
    // Reads fall back (the app renders from PostgreSQL), writes are dropped.
    expect(await a!.get("/ar/story/3", [])).toBeNull();
    expect(a!.isUp()).toBe(false);
    // Not even sent: kept by a until Redis answers.
    await a!.invalidateTags(["story:3"]);
    redis.resume();
    await connected(a!, b!);
    expect(await b!.get("/ar/story/3", [])).toBeNull();
    expect(await a!.get("/ar/story/3", [])).toBeNull();
  });

  it("does not trust entries from before an outage on an instance that saw it, before the others replay theirs", async () => {
    const [a, b] = instances();
    await connected(a!, b!);
    await a!.set("/en/section/x", entry("old list", ["lists:en"]));
    redis.pause();
    expect(await b!.get("/en/section/x", [])).toBeNull();
    redis.resume();
    await connected(b!);
    // b saw the outage: the entry from before it is a miss even before a
    // (which missed nothing here) has been heard from.
    expect(await b!.get("/en/section/x", [])).toBeNull();
  });

  it("works without Redis at all and recovers by itself when it starts again", async () => {
    const [a, b] = instances();
    await connected(a!, b!);
    await redis.stop();
    expect(await a!.get("k", [])).toBeNull();
    await a!.set("k", entry("v", []));
    await a!.invalidateTags(["story:4"]);
    await redis.start();
    await connected(a!, b!);
    await a!.set("k", entry("after", ["story:4"]));
    expect((await b!.get<{ text: string }, object>("k", []))?.value.text).toBe("after");
  });
});

describe("Next's cache handler on the shared cache", () => {
  type Handler = InstanceType<typeof RedisCacheHandler>;
  type GetContext = Parameters<Handler["get"]>[1];
  type SetContext = Parameters<Handler["set"]>[2];
  type Value = Parameters<Handler["set"]>[1];
  // A data entry (unstable_cache) tagged with a story, as Next hands it over.
  const read = { kind: "FETCH", tags: ["story:41"], softTags: [] } as unknown as GetContext;
  const store = { fetchCache: true, tags: ["story:41"] } as unknown as SetContext;
  const value = (text: string) => ({ kind: "FETCH", data: { body: text } }) as unknown as Value;

  it("counts an entry from when its render began: an edit saved meanwhile expires it", async () => {
    process.env.REDIS_URL = redis.url;
    process.env.REDIS_KEY_PREFIX = `handler-${process.pid}`;
    const handler = new RedisCacheHandler({} as ConstructorParameters<typeof RedisCacheHandler>[0]);
    // Its link counts Redis as away until a first PING answers, and every
    // step below would then be a miss whatever the times: wait for it, as
    // connected() does for the caches above.
    const probeRead = { kind: "FETCH", tags: [], softTags: [] } as unknown as GetContext;
    const probeStore = { fetchCache: true, tags: [] } as unknown as SetContext;
    await expect
      .poll(
        async () => {
          await handler.set("probe", value("up"), probeStore);
          return handler.get("probe", probeRead);
        },
        { timeout: 10_000 },
      )
      .not.toBeNull();
    // A render misses, reads the story, and is slow to finish…
    expect(await handler.get("story-41-data", read)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // …while an editor's change to the story expires its tag…
    await handler.revalidateTag("story:41");
    await new Promise((resolve) => setTimeout(resolve, 5));
    // …so what it stores afterwards is older than the change: a miss.
    await handler.set("story-41-data", value("text before the edit"), store);
    expect(await handler.get("story-41-data", read)).toBeNull();
    // The render after the change is kept.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.set("story-41-data", value("text after the edit"), store);
    expect(await handler.get("story-41-data", read)).toMatchObject({ value: value("text after the edit") });
  });
});
