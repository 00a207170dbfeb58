import { describe, expect, it } from "vitest";
import { notFoundPathForMalformed } from "@/scripts/server/malformed-path";
import { homePath, pageFromParam, sectionPath, storyPath } from "@/lib/paths";

describe("reading paths", () => {
  it("percent-encodes Arabic slugs", () => {
    expect(storyPath("ar", "مرفأ")).toBe("/ar/story/%D9%85%D8%B1%D9%81%D8%A3");
  });

  it("leaves page 1 without a page segment", () => {
    expect(homePath("en")).toBe("/en");
    expect(homePath("en", 2)).toBe("/en/page/2");
    expect(sectionPath("en", "business", 3)).toBe("/en/section/business/page/3");
  });

  it("accepts only whole page numbers from 2", () => {
    expect(pageFromParam("2")).toBe(2);
    expect(pageFromParam("1")).toBeNull();
    expect(pageFromParam("02")).toBeNull();
    expect(pageFromParam("2.5")).toBeNull();
    expect(pageFromParam("x")).toBeNull();
  });
});

describe("paths with broken percent-encoding", () => {
  it("are answered by the localized 404 page of the path's locale", () => {
    expect(notFoundPathForMalformed("/ar/story/%E0%A4%A", undefined, undefined)).toBe("/ar/__not-found__");
    expect(notFoundPathForMalformed("/%ZZ?x=1", "NEXT_LOCALE=ar", "fr")).toBe("/ar/__not-found__");
    expect(notFoundPathForMalformed("/%ZZ?x=1", "NEXT_LOCALE=ar", "en")).toBe("/en/__not-found__");
    expect(notFoundPathForMalformed("/%", undefined, "fr")).toBe("/en/__not-found__");
  });

  it("leave well-formed paths alone", () => {
    expect(notFoundPathForMalformed("/ar/story/%D9%85%D8%B1%D9%81%D8%A3", undefined, undefined)).toBeNull();
  });
});
