import { describe, expect, it } from "vitest";
import { monthNames } from "@/lib/format/format-date";
import { readDateFilters, westernDigits } from "@/lib/search/search-date-fields";
import { parseSearchRequest, searchQueryString } from "@/lib/search/search-request";

describe("the search page's date fields", () => {
  it("read a day, a month and a year typed in Arabic-Indic, Persian or Western digits", () => {
    expect(westernDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789 0123456789");
    const filters = readDateFilters({
      "from-day": "٩",
      "from-month": "9",
      "from-year": "٢٠٢٦",
      "to-day": "30",
      "to-month": "11",
      "to-year": "۲۰۲۶",
    });
    expect(filters).toMatchObject({ from: "2026-09-09", to: "2026-11-30" });
    expect(filters.fields.from).toEqual({ day: "٩", month: "9", year: "٢٠٢٦", error: null });
  });

  it("keep links with ISO days working and fill the fields from them", () => {
    const request = parseSearchRequest({ q: "beirut", from: "2026-03-05" });
    expect(request.from).toBe("2026-03-05");
    expect(request.dateFields.from).toEqual({ day: "5", month: "3", year: "2026", error: null });
    // Pages of results link with ISO days, whatever the form sent.
    const typed = parseSearchRequest({
      q: "beirut",
      "from-day": "٥",
      "from-month": "3",
      "from-year": "2026",
    });
    expect(searchQueryString(typed)).toBe("q=beirut&from=2026-03-05");
  });

  it("refuse an incomplete or impossible date, or an end before the start, keeping what was typed", () => {
    const fields = (params: Record<string, string>) => readDateFilters(params).fields;
    expect(fields({ "from-day": "3", "from-month": "", "from-year": "2026" }).from).toEqual({
      day: "3",
      month: "",
      year: "2026",
      error: "incomplete",
    });
    expect(fields({ "from-day": "٣١", "from-month": "2", "from-year": "2026" }).from.error).toBe("invalid");
    expect(fields({ "from-day": "1", "from-month": "1", "from-year": "26" }).from.error).toBe("invalid");
    expect(fields({ "from-day": "1", "from-month": "1", "from-year": "0999" }).from.error).toBe("invalid");
    expect(fields({ "from-day": "x", "from-month": "13", "from-year": "2026" }).from.error).toBe("invalid");
    const reversed = readDateFilters({ from: "2026-05-02", to: "2026-05-01" });
    expect(reversed).toMatchObject({ from: "2026-05-02", to: null });
    expect(reversed.fields.to.error).toBe("order");
    // An empty form sends three empty fields per end: no filter, no error.
    expect(
      readDateFilters({ "from-day": "", "from-month": "", "from-year": "" }).fields.from.error,
    ).toBeNull();
  });

  it("name the months in the page's language, Levantine in Arabic", () => {
    expect(monthNames("ar", "arab")[8]).toBe("أيلول");
    expect(monthNames("ar", "latn")[0]).toBe("كانون الثاني");
    expect(monthNames("en", "latn")[11]).toBe("December");
  });
});
