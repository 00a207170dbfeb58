import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "@/lib/stories/reading-time";

describe("reading time", () => {
  it("counts words, not punctuation or Markdown marks", () => {
    expect(countWords("## The cabinet met.\n\n> “Enough,” she said — twice.", "en")).toBe(7);
    expect(countWords("أقرّ مجلس الوزراء، أمس، خطةَ الكهرباء.", "ar")).toBe(6);
  });

  it("is a whole number of minutes, at least one", () => {
    expect(readingMinutes("Short.", "en")).toBe(1);
    expect(readingMinutes("word ".repeat(230 * 4), "en")).toBe(4);
    // The same number of words takes an Arabic reader longer.
    expect(readingMinutes("كلمة ".repeat(230 * 4), "ar")).toBe(5);
  });
});
