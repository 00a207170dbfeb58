import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function messageAt(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
}

// The language switcher speaks the language it leads to, so its Arabic page
// links to English in English.
const ALLOWED_LATIN_KEYS = new Set(["LocaleSwitcher.switchTo", "LocaleSwitcher.switchToTitle"]);
// Names and formats that are written the same way in Arabic text.
const ALLOWED_LATIN_VALUES = new Set(["PNG, JPEG, WebP", "URL", "Markdown"]);

describe("messages", () => {
  it("has the same keys in English and Arabic", () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it("has no empty Arabic message and no untranslated copy of English", () => {
    const arabic = new Map(keys(ar).map((key) => [key, messageAt(ar, key)]));
    for (const key of keys(en)) {
      const value = arabic.get(key);
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
    }
  });

  it("has no Arabic message left in English", () => {
    const leftInEnglish = keys(ar).filter((key) => {
      const value = String(messageAt(ar, key));
      if (ALLOWED_LATIN_KEYS.has(key) || ALLOWED_LATIN_VALUES.has(value)) return false;
      // Placeholders such as {name} are ICU syntax, not words.
      const text = value.replace(/\{\w+\}/g, "");
      return /[A-Za-z]/.test(text) && !/\p{Script=Arabic}/u.test(text);
    });
    expect(leftInEnglish).toEqual([]);
  });

  it("words the other-language links as the issue asks", () => {
    expect(ar.Story.readThisStoryIn).toBe("إقرأ هذا الخبر بالعربية");
    expect(en.Story.readThisStoryIn).toBe("Read this story in English");
  });

  it("shows Markdown's own marks in the Arabic body hint, isolated so that > is not mirrored into <", () => {
    const isolated = (mark: string) => `\u2066${mark}\u2069`;
    for (const mark of ["##", ">", "-"]) expect(ar.Newsroom.editor.bodyHint).toContain(isolated(mark));
    expect(ar.Newsroom.editor.bodyHint).not.toMatch(/(^|[^\u2066])</);
  });
});
