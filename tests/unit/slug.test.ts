import { describe, expect, it } from "vitest";
import { isValidSlug, slugFromParam, slugify } from "@/lib/slug";

describe("slugs", () => {
  it("suggests English slugs from headlines", () => {
    expect(slugify("Cabinet Approves $2.4bn Power Plan, After 3 Delays!")).toBe(
      "cabinet-approves-2-4bn-power-plan-after-3-delays",
    );
    expect(slugify("Café owners in Gemmayzé reopen")).toBe("cafe-owners-in-gemmayze-reopen");
  });

  it("keeps Arabic script, hamza included, and drops short vowels", () => {
    expect(slugify("مجلسُ الوزراء يُقرّ خطة الكهرباء: أولى الخطوات")).toBe(
      "مجلس-الوزراء-يقر-خطة-الكهرباء-أولى-الخطوات",
    );
  });

  it("caps the length at a word boundary", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("accepts letters and digits joined by single hyphens only", () => {
    expect(isValidSlug("port-tender-2026")).toBe(true);
    expect(isValidSlug("مرفأ-بيروت")).toBe(true);
    expect(isValidSlug("bad--slug")).toBe(false);
    expect(isValidSlug("-leading")).toBe(false);
    expect(isValidSlug("has space")).toBe(false);
    expect(isValidSlug("<script>")).toBe(false);
  });

  it("reads percent-encoded Arabic route parameters", () => {
    expect(slugFromParam(encodeURIComponent("مرفأ-بيروت"))).toBe("مرفأ-بيروت");
    expect(slugFromParam("مرفأ-بيروت")).toBe("مرفأ-بيروت");
  });

  it("refuses malformed percent-encoding instead of throwing", () => {
    expect(slugFromParam("%E0%A4%A")).toBeNull();
    expect(slugFromParam("%ZZ")).toBeNull();
  });

  it("normalises to NFC so differently composed input finds the same story", () => {
    const decomposed = "cafe\u0301";
    expect(slugFromParam(decomposed)).toBe("caf\u00e9");
  });
});
