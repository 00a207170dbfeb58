import { describe, expect, it } from "vitest";
import { stories } from "@/prisma/content/stories/index";
import { demoTimeShift, shiftedDate } from "@/prisma/demo-timeline";

const DAY = 24 * 3600 * 1000;
const newest = Math.max(...stories.map((s) => new Date(s.updatedAt ?? s.publishedAt).getTime()));

describe("demo timeline", () => {
  it("keeps the written dates when seeded soon after they were written", () => {
    expect(demoTimeShift(new Date(newest + 3600 * 1000))).toBe(0);
  });

  it("moves the newest story to within a day of the seeding, by whole days", () => {
    const seededAt = new Date(newest + 40.5 * DAY);
    const shift = demoTimeShift(seededAt);
    expect(shift % DAY).toBe(0);
    const moved = newest + shift;
    expect(moved).toBeLessThanOrEqual(seededAt.getTime());
    expect(seededAt.getTime() - moved).toBeLessThan(DAY);
  });

  it("keeps the time of day as written", () => {
    const shifted = shiftedDate("2026-11-22T09:40:00+02:00", 3 * DAY);
    expect(shifted.toISOString()).toBe("2026-11-25T07:40:00.000Z");
  });
});
