import { describe, expect, it } from "vitest";
import { pastCaps, TEXT_CAPS, TEXT_FORM_BYTES, TEXT_LIMITS } from "@/lib/newsroom/editor/text-caps";

describe("the editor forms' text caps", () => {
  it("names each field past its cap, and none at it", () => {
    expect(pastCaps({ body: "x".repeat(TEXT_CAPS.body), headline: "x".repeat(TEXT_CAPS.headline) })).toEqual(
      {},
    );
    expect(
      pastCaps({ body: "x".repeat(TEXT_CAPS.body + 1), slug: "x".repeat(TEXT_CAPS.slug + 1), dek: "" }),
    ).toEqual({ body: "tooLong", slug: "tooLong" });
  });

  it("caps well past each field's own limit, so the field's own rule words what is typed", () => {
    for (const field of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
      expect(TEXT_CAPS[field]).toBeGreaterThanOrEqual(TEXT_LIMITS[field] * 4);
    }
  });

  it("sizes the request to carry every field at its cap twice, as three-byte UTF-8", () => {
    const capped = Object.values(TEXT_CAPS).reduce((sum, cap) => sum + cap, 0);
    expect(TEXT_FORM_BYTES).toBeGreaterThan(2 * 3 * capped);
  });
});
