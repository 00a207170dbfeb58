import { describe, expect, it } from "vitest";
import { notFoundPathForMalformed } from "@/scripts/server/malformed-path";
import { isListFirstPagePath, listFirstPagePath } from "@/lib/urls/list-page-paths";
import { safeReturnPath } from "@/lib/urls/newsroom-paths";
import { homePath, pageFromParam, sectionPath, storyPath, topicPath } from "@/lib/urls/reader-paths";

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

describe("a list's page past its end", () => {
  it("leads back to the first page of the same list", () => {
    expect(listFirstPagePath("/en/page/999")).toBe("/en");
    expect(listFirstPagePath(sectionPath("ar", "اقتصاد", 12))).toBe(sectionPath("ar", "اقتصاد"));
    expect(listFirstPagePath(topicPath("en", "beirut-port", 40))).toBe("/en/tags/beirut-port");
    expect(listFirstPagePath("/ar/authors/layla-haddad/page/7")).toBe("/ar/authors/layla-haddad");
  });

  it("is only a later page of a list the route table names", () => {
    for (const path of ["/en/story/x", "/en/search/page/2", "/fr/page/2", "/en/tags/x/y/page/2"]) {
      expect(listFirstPagePath(path), path).toBeNull();
    }
  });

  it("links only to a list's first page in the page's own language", () => {
    expect(isListFirstPagePath("ar", "/ar/section/%D8%A7")).toBe(true);
    expect(isListFirstPagePath("en", "/en")).toBe(true);
    for (const path of [
      "/ar",
      "//evil.example",
      "/en/story/x",
      "/en/tags/x/page/2",
      "https://x.example/en",
      "/english",
      "/en//section/x",
      "/en/section/x?y",
    ]) {
      expect(isListFirstPagePath("en", path), path).toBe(false);
    }
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

describe("the newsroom path to return to after signing in", () => {
  it("keeps a newsroom path with its query", () => {
    expect(safeReturnPath("en", "/en/newsroom/stories/4/ar?tab=notes")).toBe(
      "/en/newsroom/stories/4/ar?tab=notes",
    );
    expect(safeReturnPath("ar", "/ar/newsroom")).toBe("/ar/newsroom");
  });

  it("falls back to the newsroom for anything a Location header cannot carry or that leaves it", () => {
    for (const next of [
      "/en/newsroom\r\nSet-Cookie: a=b",
      "/en/newsroom/\nx",
      "/en/newsroom/\tx",
      "/en/newsroom\\..\\evil",
      "/en/newsroomx",
      "/en/newsroom/../../evil",
      "//evil.example/en/newsroom",
      "/en/newsroom/\u0000",
      "https://evil.example/en/newsroom",
      "/ar/newsroom",
      "",
      undefined,
    ]) {
      expect(safeReturnPath("en", next)).toBe("/en/newsroom");
    }
  });
});

describe("a newsroom path with Arabic in it", () => {
  it("comes back percent-encoded, as a Location header carries it", () => {
    expect(safeReturnPath("ar", "/ar/newsroom/stories?q=مرفأ")).toBe(
      "/ar/newsroom/stories?q=%D9%85%D8%B1%D9%81%D8%A3",
    );
  });
});
