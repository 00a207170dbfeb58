import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  highlightParts,
  markStoredText,
} from "@/lib/search/highlight";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import {
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  parseSearchRequest,
  searchQueryString,
} from "@/lib/search/search-request";
import { suggestionWords } from "@/lib/search/suggestion-words";

describe("search request", () => {
  it("shortens a long query to the limit and says so", () => {
    const request = parseSearchRequest({ q: "word ".repeat(400) });
    expect(request.shortened).toBe(true);
    expect(Array.from(request.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseSearchRequest({ q: "ab ".repeat(100) + "cdef" }).query).toBe("ab ".repeat(67).trim());
    expect(parseSearchRequest({ q: "abcd ".repeat(41) }).query).toBe("abcd ".repeat(40).trim());
    expect(parseSearchRequest({ q: "  short   query " })).toMatchObject({
      query: "short query",
      shortened: false,
    });
  });

  it("never splits an emoji or keeps control characters", () => {
    const request = parseSearchRequest({ q: "😀".repeat(300) + "\u0000" });
    expect(request.query).toBe("😀".repeat(MAX_QUERY_LENGTH));
    expect(parseSearchRequest({ q: "a\u0000b" }).query).toBe("a b");
  });

  it("caps the page number and ignores what is not a page, a sort or a day", () => {
    expect(parseSearchRequest({ page: "100000" }).page).toBe(MAX_PAGE);
    expect(parseSearchRequest({ page: "-3" }).page).toBe(1);
    expect(parseSearchRequest({ page: "2e9" }).page).toBe(1);
    expect(parseSearchRequest({ sort: "DROP" }).sort).toBe("relevance");
    expect(parseSearchRequest({ from: "2026-02-30", to: "2026-02-28" })).toMatchObject({
      from: null,
      to: "2026-02-28",
    });
    // Year 0 is a date to JavaScript, not to PostgreSQL.
    expect(parseSearchRequest({ from: "0000-01-01", to: "9999-12-31" })).toMatchObject({
      from: null,
      to: "9999-12-31",
    });
    expect(parseSearchRequest({ q: ["a", "b"] }).query).toBe("a");
  });

  it("writes the query string of another page with the filters kept", () => {
    const request = parseSearchRequest({ q: "نفط", section: "اقتصاد", sort: "newest", from: "2026-01-01" });
    expect(searchQueryString(request, 3)).toBe(
      new URLSearchParams({
        q: "نفط",
        section: "اقتصاد",
        from: "2026-01-01",
        sort: "newest",
        page: "3",
      }).toString(),
    );
  });
});

describe("highlights", () => {
  it("splits marked text into plain and matched parts", () => {
    expect(highlightParts(`a ${S}b${E} c ${S}d${E}`)).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c ", match: false },
      { text: "d", match: true },
    ]);
  });

  it("puts the marks of the normalised text back on the stored spelling", () => {
    const stored = "زار أحمدُ المستشفى";
    const marked = `زار ${S}احمد${E} المستشفي`;
    expect(markStoredText(stored, marked, normalizeSearchText)).toBe(`زار ${S}أحمدُ${E} المستشفى`);
    expect(markStoredText("other", marked, normalizeSearchText)).toBe("other");
  });
});

describe("suggestion words", () => {
  it("keeps letters and digits only, normalised, and waits for two characters", () => {
    expect(suggestionWords("Élan's: (NATO) ١٢")).toEqual(["élan", "s", "nato", "12"]);
    expect(suggestionWords("أحمد م")).toEqual([]);
    expect(suggestionWords(":* & | !")).toEqual([]);
  });
});
