import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidatedSince } from "@/lib/cache-proxy/invalidation-clock";
import { announceInvalidations, followInvalidations } from "@/lib/cache-proxy/invalidation-feed";
import { freePort } from "@/scripts/db/free-port";
import { startRedisServer, type RunningRedis } from "@/scripts/cluster/redis-server";

// Instances hear each other's changes through Redis (Debian's redis-server,
// started here), so a page one of them began rendering before a change saved
// on another is not handed to the proxy as current.
let redis: RunningRedis;
let logDir = "";
let stop: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  logDir = mkdtempSync(path.join(os.tmpdir(), "news-feed-test-"));
  redis = await startRedisServer(await freePort(), { logDir });
  process.env.REDIS_KEY_PREFIX = `feed-${process.pid}`;
  stop = await followInvalidations(redis.url);
});
afterAll(async () => {
  await stop();
  await redis?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

describe("invalidations heard from other instances", () => {
  it("marks what another instance changed, from the moment it says", async () => {
    const other = createClient({ url: redis.url });
    await other.connect();
    const began = Date.now();
    await other.publish(
      `feed-${process.pid}:invalidations`,
      JSON.stringify({ at: began + 1, tags: ["story:601"] }),
    );
    await other.quit();
    await expect.poll(() => invalidatedSince(["story:601"], began)).toBe(true);
    expect(invalidatedSince(["story:601"], began + 2)).toBe(false);
  });

  it("announces this instance's changes on the same channel, and notes them here at once", async () => {
    process.env.REDIS_URL = redis.url;
    const listener = createClient({ url: redis.url });
    await listener.connect();
    const heard: string[] = [];
    await listener.subscribe(`feed-${process.pid}:invalidations`, (message) => heard.push(message));
    const began = Date.now();
    await announceInvalidations(["story:602", "lists:ar"]);
    expect(invalidatedSince(["lists:ar"], began)).toBe(true);
    await expect.poll(() => heard.length).toBe(1);
    expect(JSON.parse(heard[0]!)).toMatchObject({ tags: ["story:602", "lists:ar"] });
    await listener.quit();
    delete process.env.REDIS_URL;
  });

  it("ignores messages that are not invalidations", async () => {
    const other = createClient({ url: redis.url });
    await other.connect();
    await other.publish(`feed-${process.pid}:invalidations`, "not json");
    await other.publish(
      `feed-${process.pid}:invalidations`,
      JSON.stringify({ at: "soon", tags: "story:603" }),
    );
    await other.quit();
    expect(invalidatedSince(["story:603"], 0)).toBe(false);
  });
});
