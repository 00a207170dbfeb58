import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { formatNumber } from "@/lib/format/format-number";

// 9 September 2016, 11:15 in Beirut (UTC+3 in summer).
const moment = new Date("2016-09-09T08:15:00Z");
const beirut = { timeZone: "Asia/Beirut", digits: "latn" } as const;

describe("dates as readers see them", () => {
  it("prints English dates day-first with a 24-hour time", () => {
    expect(formatDateTime(moment, "en", beirut)).toBe("9 September 2016, 11:15");
    expect(formatDate(moment, "en", beirut)).toBe("9 September 2016");
  });

  it("prints Arabic dates with Levantine month names and Latin digits by default", () => {
    expect(formatDate(moment, "ar", beirut)).toBe("9 أيلول 2016");
    expect(formatDateTime(moment, "ar", beirut)).toBe("9 أيلول 2016، 11:15");
  });

  it("switches Arabic to Arabic-Indic digits with one setting", () => {
    expect(formatDate(moment, "ar", { ...beirut, digits: "arab" })).toBe("٩ أيلول ٢٠١٦");
  });

  it("uses the newsroom's time zone, not the server's", () => {
    expect(formatDateTime(moment, "en", { ...beirut, timeZone: "UTC" })).toBe("9 September 2016, 08:15");
    // 23:30 UTC on 31 Dec is already the next day and year in Beirut.
    expect(formatDate(new Date("2025-12-31T23:30:00Z"), "ar", beirut)).toBe("1 كانون الثاني 2026");
  });
});

describe("numbers follow the same digits setting", () => {
  it("groups thousands in both languages", () => {
    expect(formatNumber(2400000, "en", "latn")).toBe("2,400,000");
    expect(formatNumber(2400000, "ar", "latn")).toBe("2,400,000");
    expect(formatNumber(2400000, "ar", "arab")).toBe("٢٬٤٠٠٬٠٠٠");
  });

  it("can leave out grouping for years", () => {
    expect(formatNumber(2026, "ar", "arab", { useGrouping: false })).toBe("٢٠٢٦");
  });
});
