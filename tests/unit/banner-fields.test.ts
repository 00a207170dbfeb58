import { describe, expect, it } from "vitest";
import { parseBanner, safeBannerLink } from "@/lib/banner/banner-fields";
import { bannerFormQuery, enteredBanner } from "@/lib/banner/banner-form";

const zone = "Asia/Beirut";
// 2026-12-06 10:00 in Beirut (UTC+2).
const now = Date.UTC(2026, 11, 6, 8, 0);
const valid = { text: "Storm reaches the coast", link: "/en/story/storm", date: "2026-12-06", time: "12:30" };

describe("the breaking banner's fields", () => {
  it("takes one line, a site path or https address, and an expiry within 48 hours on the newsroom's clock", () => {
    const parsed = parseBanner(valid, zone, now);
    expect(parsed).toEqual({
      ok: true,
      values: {
        text: valid.text,
        link: "/en/story/storm",
        expiresAt: new Date(Date.UTC(2026, 11, 6, 10, 30)),
      },
    });
    expect(parseBanner({ ...valid, link: "https://example.org/live?x=1" }, zone, now).ok).toBe(true);
  });

  it("refuses line breaks, direction controls and text past 140 characters", () => {
    const errors = (text: string) => {
      const parsed = parseBanner({ ...valid, text }, zone, now);
      return parsed.ok ? null : parsed.errors.text;
    };
    expect(errors("two\nlines")).toBe("oneLine");
    expect(errors("\u202Egnikaerb")).toBe("oneLine");
    expect(errors("  ")).toBe("required");
    expect(errors("ع".repeat(141))).toBe("tooLong");
    expect(errors("ع".repeat(140))).toBeNull();
  });

  it("accepts only site paths and https addresses as links", () => {
    for (const bad of [
      "javascript:alert(1)",
      "//evil.example",
      "http://example.org",
      "https://user:pw@example.org",
      "/\\evil",
      "data:text/html,x",
      "https://localhost/",
    ]) {
      expect(safeBannerLink(bad), bad).toBeNull();
    }
    expect(safeBannerLink("/ar/story/%D8%AE%D8%A8%D8%B1")).toBe("/ar/story/%D8%AE%D8%A8%D8%B1");
  });

  it("wants the expiry in the future and at most 48 hours ahead", () => {
    const expiry = (date: string, time: string) => {
      const parsed = parseBanner({ ...valid, date, time }, zone, now);
      return parsed.ok ? null : parsed.errors.expiry;
    };
    expect(expiry("2026-12-06", "09:59")).toBe("expiryPast");
    expect(expiry("2026-12-08", "10:01")).toBe("expiryTooFar");
    expect(expiry("2026-12-08", "10:00")).toBeNull();
    expect(expiry("2026-02-31", "10:00")).toBe("expiryInvalid");
  });

  it("brings a refused form back as typed, with only the error codes the page has words for", () => {
    const query = Object.fromEntries(
      new URLSearchParams(bannerFormQuery("ar", { ...valid, text: "خبر\u2067" }, { text: "oneLine" })),
    );
    expect(enteredBanner({ ...query, "error.link": "<script>" })).toEqual({
      target: "ar",
      values: { ...valid, text: "خبر\u2067" },
      errors: { text: "oneLine" },
    });
  });
});
