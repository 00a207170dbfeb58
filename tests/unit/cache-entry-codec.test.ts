import { describe, expect, it } from "vitest";
import { decodeCacheEntry, encodeCacheEntry } from "@/lib/shared-cache/cache-entry-codec";

describe("shared cache entries", () => {
  it("keep a page's RSC payload and segment map byte for byte, and Arabic text as it was", () => {
    const page = {
      kind: "APP_PAGE",
      html: "<h1>خبر عاجل</h1>",
      rscData: Buffer.from([0, 1, 2, 254, 255]),
      segmentData: new Map([["/_tree", Buffer.from("شجرة")]]),
      headers: { "x-next-cache-tags": "story:1,lists:ar" },
      status: 200,
    };
    const back = decodeCacheEntry<typeof page>(encodeCacheEntry({ value: page }).toString()) as unknown as {
      value: typeof page;
    };
    expect(back.value.html).toBe(page.html);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect([...back.value.rscData]).toEqual([0, 1, 2, 254, 255]);
    expect(back.value.segmentData.get("/_tree")?.toString()).toBe("شجرة");
    expect(back.value.headers).toEqual(page.headers);
  });

  it("store a page's HTML that is still a render result as its text", () => {
    const html = { toUnchunkedString: () => "<p>نص</p>" };
    expect(decodeCacheEntry<{ html: string }>(encodeCacheEntry({ html }))).toEqual({ html: "<p>نص</p>" });
  });
});
