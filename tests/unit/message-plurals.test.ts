import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageFormats } from "@/i18n/message-formats";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

// Every count in both message files goes through an ICU plural, so Arabic
// says «ثانيتين» and «11 ثانية», never «2 ثانية» or "1 seconds". Numbers that
// name a position or an identifier rather than a quantity (page 3 of the last, revision
// 12, the third image, the year) or a measure (an image of 800 × 600
// pixels) take no noun that agrees with them and stay plain numbers.
const NOT_COUNTS = new Set([
  "page",
  "position",
  "revision",
  "latest",
  "last",
  "restored",
  "width",
  "height",
  "from",
  "to",
  "year",
  // Positions and a percentage: numbers no noun agrees with.
  "line",
  "paragraph",
  "sentence",
  "match",
]);
// Names that hold a quantity even where a message forgets to format them as one.
const COUNT_NAME =
  /^(n|count|total|max|min|seconds|minutes|hours|days|files|megabytes|\w*(Count|Megabytes))$/;
const ARABIC_FORMS = ["zero", "one", "two", "few", "many", "other"];
const ENGLISH_FORMS = ["one", "other"];

type Part = string | Argument;
interface Argument {
  name: string;
  type: string;
  options: Map<string, Part[]>;
}

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, inner]) =>
    leaves(inner, prefix ? `${prefix}.${key}` : key),
  );
}

// A small ICU MessageFormat reader: text, {name}, {name, type, style} and
// {name, plural|select, key {…} …}. The messages quote nothing ('{ never
// appears), which the last test checks.
function parse(text: string): Part[] {
  let at = 0;
  const skipSpace = () => {
    while (/\s/.test(text[at] ?? "")) at++;
  };
  const word = () => {
    skipSpace();
    const match = /^[^\s,{}]+/.exec(text.slice(at));
    at += match?.[0].length ?? 0;
    skipSpace();
    return match?.[0] ?? "";
  };
  const parts = (): Part[] => {
    const out: Part[] = [];
    let literal = "";
    while (at < text.length && text[at] !== "}") {
      if (text[at] === "{") {
        if (literal) out.push(literal);
        literal = "";
        at++;
        out.push(argument());
      } else literal += text[at++];
    }
    if (literal) out.push(literal);
    return out;
  };
  const argument = (): Argument => {
    const name = word();
    const arg: Argument = { name, type: "", options: new Map() };
    if (text[at] === ",") {
      at++;
      arg.type = word();
      if (text[at] === ",") {
        at++;
        if (arg.type === "plural" || arg.type === "select") {
          while (text[at] !== "}") {
            const key = word();
            if (text[at++] !== "{") throw new Error(`expected { after ${key} in ${text}`);
            arg.options.set(key, parts());
            at++;
            skipSpace();
          }
        } else word();
      }
    }
    if (text[at++] !== "}") throw new Error(`unclosed {${name} in ${text}`);
    return arg;
  };
  const result = parts();
  if (at !== text.length) throw new Error(`unbalanced } in ${text}`);
  return result;
}

/** Each argument with the plurals it sits inside, outermost first. */
function argumentsIn(parts: Part[], plurals: string[] = []): { arg: Argument; plurals: string[] }[] {
  return parts.flatMap((part) => {
    if (typeof part === "string") return [];
    const inner = part.type === "plural" ? [...plurals, part.name] : plurals;
    return [
      { arg: part, plurals },
      ...[...part.options.values()].flatMap((branch) => argumentsIn(branch, inner)),
    ];
  });
}

const messages = { en: leaves(en), ar: leaves(ar) };

function countsOutsidePlurals(locale: "en" | "ar"): string[] {
  return messages[locale].flatMap(([key, text]) =>
    argumentsIn(parse(text))
      .filter(({ arg, plurals }) => {
        if (arg.type === "plural" || NOT_COUNTS.has(arg.name)) return false;
        const counted = arg.type === "number" || COUNT_NAME.test(arg.name);
        return counted && !plurals.includes(arg.name);
      })
      .map(({ arg }) => `${key}: {${arg.name}}`),
  );
}

function pluralsMissingForms(locale: "en" | "ar", forms: string[]): string[] {
  return messages[locale].flatMap(([key, text]) =>
    argumentsIn(parse(text))
      .filter(({ arg }) => arg.type === "plural")
      .filter(({ arg }) => forms.some((form) => !arg.options.has(form)))
      .map(({ arg }) => `${key}: {${arg.name}} has ${[...arg.options.keys()].join(" ")}`),
  );
}

function render(locale: "en" | "ar", text: string, values: Record<string, number | string>): string {
  const t = createTranslator({
    locale,
    messages: { m: text },
    formats: messageFormats(locale, "latn"),
    timeZone: "Asia/Beirut",
  });
  // Rich messages (a link around a headline) render as text with their tags' contents.
  const tags = Object.fromEntries(
    [...text.matchAll(/<(\w+)>/g)].map((match) => [match[1]!, (chunks: string) => chunks]),
  );
  return t.markup("m" as never, { ...values, ...tags } as never) as string;
}

/** Messages with a plural, rendered with every plural argument set to `n` (other arguments get "x"). */
function renderPlurals(locale: "en" | "ar", n: number): Map<string, string> {
  return new Map(
    messages[locale]
      .filter(([, text]) => /, plural,/.test(text))
      .map(([key, text]) => {
        const args = argumentsIn(parse(text)).map(({ arg }) => arg);
        const plural = new Set(args.filter((arg) => arg.type === "plural").map((arg) => arg.name));
        const values = Object.fromEntries(args.map((arg) => [arg.name, plural.has(arg.name) ? n : "x"]));
        return [key, render(locale, text, values)];
      }),
  );
}

describe("counts in messages", () => {
  it("puts every count inside an ICU plural of that count", () => {
    expect(countsOutsidePlurals("en")).toEqual([]);
    expect(countsOutsidePlurals("ar")).toEqual([]);
  });

  it("gives every Arabic plural all six forms and every English one `one` and `other`", () => {
    expect(pluralsMissingForms("ar", ARABIC_FORMS)).toEqual([]);
    expect(pluralsMissingForms("en", ENGLISH_FORMS)).toEqual([]);
  });

  it("renders the Arabic forms for 0, 1, 2, 3, 11 and 100 as Arabic counts them", () => {
    const byCount = new Map([0, 1, 2, 3, 11, 100].map((n) => [n, renderPlurals("ar", n)]));
    const keys = [...byCount.get(1)!.keys()];
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      // One and two are words («ثانية واحدة», «ثانيتين»), never "1 ثانية" or
      // "2 ثانية"; a size (1 × 1 بكسل) is a measure, not a count of things.
      const words = (n: number) =>
        byCount
          .get(n)!
          .get(key)!
          .replace(/\d+ × \d+/g, "");
      expect(words(1), key).not.toMatch(/(^|[^\d,])1(?![\d,])/);
      expect(words(2), key).not.toMatch(/(^|[^\d,])2(?![\d,])/);
      expect(byCount.get(3)!.get(key), key).toContain("3");
      expect(byCount.get(11)!.get(key), key).toContain("11");
      expect(byCount.get(100)!.get(key), key).toContain("100");
    }
    // 3 to 10 take a plural noun, 11 to 99 a singular one (units such as
    // «ميغابايت» stay the same, so this is checked on ordinary nouns).
    expect(byCount.get(2)!.get("Newsroom.signIn.rateLimitedSeconds")).toContain("ثانيتين");
    expect(byCount.get(3)!.get("Newsroom.signIn.rateLimitedSeconds")).toContain("3 ثوانٍ");
    expect(byCount.get(11)!.get("Newsroom.signIn.rateLimitedSeconds")).toContain("11 ثانية");
    expect(byCount.get(3)!.get("Newsroom.stories.count")).toBe("3 أخبار");
    expect(byCount.get(11)!.get("Newsroom.stories.count")).toBe("11 خبرًا");
    expect(byCount.get(100)!.get("Newsroom.stories.count")).toBe("100 خبر");
    expect(byCount.get(0)!.get("Newsroom.stories.count")).toBe("لا أخبار");
  });

  it("renders English one and other differently", () => {
    const one = renderPlurals("en", 1);
    const other = renderPlurals("en", 2);
    expect(one.get("Newsroom.signIn.rateLimitedSeconds")).toBe("Too many attempts. Try again in 1 second.");
    expect(other.get("Newsroom.signIn.rateLimitedSeconds")).toBe(
      "Too many attempts. Try again in 2 seconds.",
    );
  });

  it("reads every message (nothing is quoted with an apostrophe)", () => {
    for (const [key, text] of [...messages.en, ...messages.ar]) {
      expect(text, key).not.toMatch(/'[{}#|]/);
      expect(() => parse(text), key).not.toThrow();
    }
  });
});
