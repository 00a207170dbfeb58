import { describe, expect, it } from "vitest";
import { parseVariant, uploadId, variantSrcSet, VARIANT_WIDTHS } from "@/lib/media/image-variants";

const id = "a".repeat(64);

describe("image variants", () => {
  it("reads only the fixed widths and the two formats", () => {
    expect(parseVariant("640.avif")).toEqual({ width: 640, format: "avif" });
    expect(parseVariant("1280.webp")).toEqual({ width: 1280, format: "webp" });
    for (const name of [
      "641.avif",
      "0640.avif",
      "20000.webp",
      "640.png",
      "640",
      "640.avif.png",
      "-640.avif",
    ]) {
      expect(parseVariant(name), name).toBeNull();
    }
  });

  it("offers uploads only: the SVG art in public/ has no variants", () => {
    expect(uploadId(`/media/${id}`)).toBe(id);
    expect(uploadId("/images/stories/olive-harvest.svg")).toBeNull();
    expect(uploadId(`/media/${id}/640.avif`)).toBeNull();
  });

  it("lists the widths no wider than the original", () => {
    expect(variantSrcSet(id, 1000, "avif")).toBe(
      [320, 480, 640, 960].map((w) => `/media/${id}/${w}.avif ${w}w`).join(", "),
    );
    expect(variantSrcSet(id, 4000, "webp").split(", ")).toHaveLength(VARIANT_WIDTHS.length);
  });

  it("gives an original narrower than every width its own width as the descriptor", () => {
    expect(variantSrcSet(id, 200, "webp")).toBe(`/media/${id}/320.webp 200w`);
  });
});
