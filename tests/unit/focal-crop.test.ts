import { describe, expect, it } from "vitest";
import { focalCropBox, ogImagePath, parseOgName } from "@/lib/media/focal-crop";

const ID = "a".repeat(64);

describe("focalCropBox", () => {
  it("cuts a wide picture to the preview's shape, centred on the focal point", () => {
    const box = focalCropBox({ width: 4000, height: 1000 }, { x: 50, y: 50 });
    expect(box).toEqual({ left: 1048, top: 0, width: 1905, height: 1000 });
  });

  it("keeps the crop inside the picture when the focal point is near the left edge", () => {
    expect(focalCropBox({ width: 4000, height: 1000 }, { x: 3, y: 50 })).toMatchObject({ left: 0, top: 0 });
  });

  it("keeps the crop inside the picture when the focal point is near the right edge", () => {
    const box = focalCropBox({ width: 4000, height: 1000 }, { x: 97, y: 50 });
    expect(box.left + box.width).toBe(4000);
  });

  it("centres on a focal point far enough from the edges", () => {
    const box = focalCropBox({ width: 4000, height: 1000 }, { x: 70, y: 0 });
    expect(Math.abs(box.left + box.width / 2 - 2800)).toBeLessThanOrEqual(1);
  });

  it("moves the crop down a tall picture and clamps at the bottom", () => {
    const tall = { width: 1000, height: 3000 };
    expect(focalCropBox(tall, { x: 50, y: 100 })).toEqual({ left: 0, top: 2475, width: 1000, height: 525 });
    expect(focalCropBox(tall, { x: 50, y: 0 }).top).toBe(0);
  });

  it("treats a point outside 0–100 as the nearest edge", () => {
    const wide = { width: 4000, height: 1000 };
    expect(focalCropBox(wide, { x: -20, y: 50 })).toEqual(focalCropBox(wide, { x: 0, y: 50 }));
    expect(focalCropBox(wide, { x: 300, y: 50 })).toEqual(focalCropBox(wide, { x: 100, y: 50 }));
  });
});

describe("the preview crop's URL", () => {
  it("round-trips the focal point", () => {
    const name = ogImagePath(ID, { x: 7, y: 100 }).split("/").at(-1)!;
    expect(name).toBe("og-7-100.jpg");
    expect(parseOgName(name)).toEqual({ x: 7, y: 100 });
  });

  it("accepts one spelling per point and nothing past 100", () => {
    for (const name of ["og-07-5.jpg", "og-101-5.jpg", "og-5-5.png", "og--1-5.jpg", "og-5.jpg", "640.avif"]) {
      expect(parseOgName(name)).toBeNull();
    }
  });
});
