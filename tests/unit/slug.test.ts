import { describe, expect, it } from "vitest";
import { canonicalSlug, isValidSlug, slugFromParam, slugPolicyProblem, slugify } from "@/lib/urls/slug";

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

describe("slug policy for new slugs", () => {
  const policy = (input: string) => {
    const slug = canonicalSlug(input);
    return { slug, problem: slugPolicyProblem(slug) };
  };

  it("folds case, fullwidth letters and superscripts, and drops tatweel and marks", () => {
    expect(policy("Winter-Jazz-Nights")).toEqual({ slug: "winter-jazz-nights", problem: null });
    expect(policy("ｗｉｎｔｅｒ-jazz")).toEqual({ slug: "winter-jazz", problem: null });
    expect(policy("jazz-²⁰²⁶")).toEqual({ slug: "jazz-2026", problem: null });
    expect(policy("مهرجـــان-الجاز")).toEqual({ slug: "مهرجان-الجاز", problem: null });
    expect(policy("مَهْرَجان")).toEqual({ slug: "مهرجان", problem: null });
  });

  it("refuses look-alike letters from other scripts, and words that mix scripts", () => {
    // Cyrillic "а" (U+0430) and "о" (U+043E) look like Latin a and o.
    expect(policy("winter-j\u0430zz").problem).toBe("slugScript");
    expect(policy("n\u043Ews").problem).toBe("slugScript");
    expect(policy("αθήνα").problem).toBe("slugScript");
    expect(policy("natoقمة").problem).toBe("slugScript");
    expect(policy("قمة-nato-2026").problem).toBeNull();
  });

  it("still refuses what is not letters, digits and single hyphens", () => {
    expect(policy("bad--slug").problem).toBe("slugInvalid");
    expect(policy("has space").problem).toBe("slugInvalid");
    expect(policy("<script>").problem).toBe("slugInvalid");
  });
});
