import { describe, expect, it } from "vitest";
import { mostReadWindow } from "@/lib/reads/most-read-window";

describe("most read's refresh window", () => {
  it("starts on a multiple of the refresh from the epoch, so every instance computes the same window", () => {
    const window = mostReadWindow(new Date("2026-12-07T10:07:30Z"), 300);
    expect(window.start).toEqual(new Date("2026-12-07T10:05:00Z"));
    expect(window.secondsLeft).toBe(150);
  });

  it("lets a copy be kept only until its window ends, and at least a second", () => {
    expect(mostReadWindow(new Date("2026-12-07T10:09:59.500Z"), 300).secondsLeft).toBe(1);
    expect(mostReadWindow(new Date("2026-12-07T10:10:00Z"), 300)).toEqual({
      start: new Date("2026-12-07T10:10:00Z"),
      secondsLeft: 300,
    });
  });

  it("keeps a read no longer than one window away from the list, whatever the refresh", () => {
    for (const refresh of [1, 2, 60, 300, 540]) {
      const read = new Date("2026-12-07T10:07:30.250Z");
      const window = mostReadWindow(read, refresh);
      // The next window starts after the read, so its list is computed after it too.
      const next = mostReadWindow(new Date(window.start.getTime() + refresh * 1_000), refresh);
      expect(next.start.getTime()).toBeGreaterThan(read.getTime());
      expect(next.start.getTime() - read.getTime()).toBeLessThanOrEqual(refresh * 1_000);
    }
  });
});
