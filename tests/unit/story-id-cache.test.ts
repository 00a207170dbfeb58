import { describe, expect, it } from "vitest";
import { noteInvalidations } from "@/lib/cache-proxy/invalidation-clock";
import { cachedStoryIdLookup } from "@/lib/cache-proxy/story-id-cache";

describe("the server's slug-to-story cache", () => {
  function counting(answer: number | null) {
    const calls: string[] = [];
    const lookup = async (locale: string, slug: string) => {
      calls.push(`${locale}/${slug}`);
      return answer;
    };
    return { calls, lookup };
  }

  it("asks the database once per slug while nothing changes", async () => {
    const { calls, lookup } = counting(7);
    const cached = cachedStoryIdLookup(lookup);
    expect(await cached("en", "cache-a")).toBe(7);
    expect(await cached("en", "cache-a")).toBe(7);
    expect(await cached("ar", "cache-a")).toBe(7);
    expect(calls).toEqual(["en/cache-a", "ar/cache-a"]);
  });

  it("asks again once the slug or the locale's redirects were expired", async () => {
    let time = 1_000_000;
    const { calls, lookup } = counting(null);
    const cached = cachedStoryIdLookup(lookup, () => time);
    await cached("en", "cache-b");
    noteInvalidations(["slug:en:cache-b"], (time += 10));
    time += 1;
    await cached("en", "cache-b");
    time += 10;
    await cached("en", "cache-b");
    noteInvalidations(["redirects:en"], (time += 10));
    await cached("en", "cache-b");
    expect(calls).toHaveLength(3);
  });

  it("forgets an answer after five minutes", async () => {
    let time = 5_000_000;
    const { calls, lookup } = counting(3);
    const cached = cachedStoryIdLookup(lookup, () => time);
    await cached("en", "cache-c");
    time += 5 * 60_000;
    await cached("en", "cache-c");
    expect(calls).toHaveLength(2);
  });
});
