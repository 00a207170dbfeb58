import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageFormats } from "@/i18n/message-formats";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, inner]) =>
    leaves(inner, prefix ? `${prefix}.${key}` : key),
  );
}

// Every argument that a message formats as a number, given 1,234 (or 2 for
// the plural branches that spell the number out), rendered as a reader sees it.
function renderWithNumbers(locale: "en" | "ar", digits: "latn" | "arab", message: string, key: string) {
  const t = createTranslator({
    locale,
    messages: { m: message },
    formats: messageFormats(locale, digits),
    timeZone: "Asia/Beirut",
  });
  const names = [...message.matchAll(/\{(\w+), (?:number|plural)/g)].map((match) => match[1]!);
  const values = Object.fromEntries(
    [...message.matchAll(/\{(\w+)[,}]/g)].map(([, name]) => [name, names.includes(name!) ? 1234 : "x"]),
  );
  return { key, text: t("m" as never, values as never) as string };
}

const numeric = (messages: object) => leaves(messages).filter(([, text]) => /, (number|plural)/.test(text));

describe("numbers inside messages", () => {
  it("show Arabic-Indic digits on Arabic pages when ARABIC_DIGITS=arab", () => {
    const rendered = numeric(ar).map(([key, text]) => renderWithNumbers("ar", "arab", text, key));
    expect(rendered.length).toBeGreaterThan(10);
    // Literal digits in the words themselves ("HTTP 2") would be caught too.
    expect(rendered.filter(({ text }) => /[0-9]/.test(text))).toEqual([]);
    expect(rendered.find(({ key }) => key === "Newsroom.editor.saved")?.text).toContain("١٬٢٣٤");
  });

  it("show Latin digits on Arabic pages by default and always on English pages", () => {
    const arabic = numeric(ar).map(([key, text]) => renderWithNumbers("ar", "latn", text, key));
    const english = numeric(en).map(([key, text]) => renderWithNumbers("en", "arab", text, key));
    expect([...arabic, ...english].filter(({ text }) => /[\u0660-\u0669]/.test(text))).toEqual([]);
    expect(english.find(({ key }) => key === "Pagination.status")?.text).toBe("Page 1,234 of 1,234");
  });

  it("format every number through a named format that carries the digits", () => {
    // `#` and a bare `{n, number}` use the message locale alone and would
    // ignore ARABIC_DIGITS (see i18n/message-formats.ts).
    const unformatted = [...leaves(en), ...leaves(ar)].filter(
      ([, text]) => /(?<!#)#(?!#)/.test(text.replace(/##/g, "")) || /\{\w+, number\}/.test(text),
    );
    expect(unformatted.map(([key]) => key)).toEqual([]);
  });
});
