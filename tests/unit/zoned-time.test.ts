import { describe, expect, it } from "vitest";
import { instantToZonedFields, zonedMinuteToInstant } from "@/lib/format/zoned-time";

const BEIRUT = "Asia/Beirut";

describe("a minute chosen in the newsroom's time zone", () => {
  it("is that minute in Beirut, winter and summer", () => {
    expect(zonedMinuteToInstant("2026-11-26", "09:30", BEIRUT)?.toISOString()).toBe(
      "2026-11-26T07:30:00.000Z",
    );
    expect(zonedMinuteToInstant("2026-07-01", "00:05", BEIRUT)?.toISOString()).toBe(
      "2026-06-30T21:05:00.000Z",
    );
  });

  it("moves a minute the spring change skips an hour on, and takes the first of a repeated one", () => {
    // Beirut went from 00:00 to 01:00 on 29 March 2026, and back from 00:00 to 23:00 on 24 October.
    expect(zonedMinuteToInstant("2026-03-29", "00:30", BEIRUT)?.toISOString()).toBe(
      "2026-03-28T22:30:00.000Z",
    );
    expect(zonedMinuteToInstant("2026-10-24", "23:30", BEIRUT)?.toISOString()).toBe(
      "2026-10-24T20:30:00.000Z",
    );
  });

  it("refuses what is not a calendar minute", () => {
    expect(zonedMinuteToInstant("2026-02-31", "10:00", BEIRUT)).toBeNull();
    expect(zonedMinuteToInstant("2026-11-26", "24:00", BEIRUT)).toBeNull();
    expect(zonedMinuteToInstant("26-11-2026", "10:00", BEIRUT)).toBeNull();
    expect(zonedMinuteToInstant("2026-11-26", "9:30", BEIRUT)).toBeNull();
  });

  it("reads an instant back into the date and time fields", () => {
    expect(instantToZonedFields(new Date("2026-11-26T07:30:00Z"), BEIRUT)).toEqual({
      date: "2026-11-26",
      time: "09:30",
    });
  });

  it("takes the first pass of a repeated hour and moves a skipped one on in a zone west of UTC too", () => {
    // New York went from 02:00 to 03:00 on 8 March 2026, and back from 02:00 to 01:00 on 1 November.
    expect(zonedMinuteToInstant("2026-03-08", "02:30", "America/New_York")?.toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(zonedMinuteToInstant("2026-11-01", "01:30", "America/New_York")?.toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });

  it("reads an instant in a repeated hour back as that wall-clock minute, both passes", () => {
    expect(instantToZonedFields(new Date("2026-10-24T20:30:00Z"), BEIRUT)).toEqual({
      date: "2026-10-24",
      time: "23:30",
    });
    expect(instantToZonedFields(new Date("2026-10-24T21:30:00Z"), BEIRUT)).toEqual({
      date: "2026-10-24",
      time: "23:30",
    });
  });
});
