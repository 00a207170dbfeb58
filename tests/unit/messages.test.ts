import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has the same keys in English and Arabic", () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it("has no empty Arabic message and no untranslated copy of English", () => {
    const arabic = new Map(
      keys(ar).map((key) => [
        key,
        key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ar),
      ]),
    );
    for (const key of keys(en)) {
      const value = arabic.get(key);
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
    }
  });

  it("words the other-language links as the issue asks", () => {
    expect(ar.Story.readThisStoryIn).toBe("إقرأ هذا الخبر بالعربية");
    expect(en.Story.readThisStoryIn).toBe("Read this story in English");
  });
});
