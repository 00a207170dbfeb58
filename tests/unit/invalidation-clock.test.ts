import { describe, expect, it } from "vitest";
import { invalidatedSince, noteInvalidations } from "@/lib/cache-proxy/invalidation-clock";

describe("the invalidation clock a page is checked against as it leaves for the proxy", () => {
  it("calls a render outdated when a tag it shows changed at or after it began", () => {
    const began = Date.now() + 1_000_000; // clear of what other tests note
    noteInvalidations(["story:501"], began - 10);
    expect(invalidatedSince(["story:501", "lists:en"], began)).toBe(false);
    noteInvalidations(["story:501"], began);
    expect(invalidatedSince(["story:501", "lists:en"], began)).toBe(true);
    expect(invalidatedSince(["story:502"], began)).toBe(false);
  });

  it("keeps the latest time of a tag, whatever order the news arrives in", () => {
    const began = Date.now() + 2_000_000;
    noteInvalidations(["story:503"], began + 5);
    noteInvalidations(["story:503"], began - 100);
    expect(invalidatedSince(["story:503"], began)).toBe(true);
  });
});
