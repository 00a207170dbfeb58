import { describe, expect, it } from "vitest";
import { formatListParts } from "@/lib/format/format-list";

const joined = (names: string[], locale: "en" | "ar") =>
  formatListParts(names, locale)
    .map((part) => part.value)
    .join("");

describe("bylines", () => {
  it("joins English names with commas and a final 'and'", () => {
    expect(joined(["Ann", "Bob", "Cy"], "en")).toBe("Ann, Bob and Cy");
    expect(joined(["Ann", "Bob"], "en")).toBe("Ann and Bob");
  });

  it("joins Arabic names with و attached to each following name", () => {
    expect(joined(["أحمد", "بشير", "جميلة"], "ar")).toBe("أحمد وبشير وجميلة");
  });

  it("keeps each name a part of its own, so it can be isolated", () => {
    expect(formatListParts(["Ann", "Bob"], "en").filter((part) => part.type === "element")).toEqual([
      { type: "element", value: "Ann" },
      { type: "element", value: "Bob" },
    ]);
  });
});
