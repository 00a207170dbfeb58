import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_FACES } from "@/lib/fonts/core-faces";
import {
  ASCII_RANGES,
  CORE_RANGES,
  SERIF_CORE_RANGES,
  codePointsOf,
  type CodeRange,
} from "@/lib/fonts/subset-ranges";

const css = readFileSync("app/styles/fonts.css", "utf8");
const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
const servedUrls = [...css.matchAll(/url\("(\/fonts\/[^"]+)"\)/g)].map((match) => match[1]!);

function rangesOf(rule: string): CodeRange[] {
  return [
    ...(rule.match(/unicode-range:([^;]+);/)?.[1] ?? "").matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/g),
  ].map((match) => [parseInt(match[1]!, 16), parseInt(match[2] ?? match[1]!, 16)] as const);
}

const covers = (ranges: CodeRange[], code: number) => ranges.some(([from, to]) => code >= from && code <= to);

function uncoveredIn(codes: Iterable<number>, ranges: CodeRange[]): string[] {
  return [...codes].filter((code) => !covers(ranges, code)).map((code) => String.fromCodePoint(code));
}

/** What a family's font-display: swap faces cover: the characters the page draws in that family's files. */
function swapRangesOf(family: string): CodeRange[] {
  return faces
    .filter((rule) => rule.includes(`font-family: "${family}"`) && /font-display:\s*swap/.test(rule))
    .flatMap(rangesOf);
}

function faceOf(href: string): string {
  const face = faces.find((rule) => rule.includes(`url("${href}")`));
  if (!face) throw new Error(`No @font-face in fonts.css serves ${href}`);
  return face;
}

describe("the preloaded first-screen faces", () => {
  it("are the swap faces of fonts.css, body and headline weight for each language", () => {
    for (const hrefs of Object.values(CORE_FACES)) {
      const weights = hrefs.map((href) => faceOf(href).match(/font-weight:\s*(\d+)/)?.[1]);
      expect([...new Set(weights)].sort()).toEqual(["400", "700"]);
      for (const href of hrefs) expect(faceOf(href)).toMatch(/font-display:\s*swap/);
    }
    // A preload the stylesheet does not use would be fetched twice, or for nothing.
    expect([...new Set(Object.values(CORE_FACES).flat())].sort()).toEqual([...new Set(servedUrls)].sort());
  });

  it("name files in public/fonts/ whose hash is their content's (they are cached for a year)", () => {
    const onDisk = readdirSync("public/fonts").filter((name) => name.endsWith(".woff2"));
    expect(onDisk.map((name) => `/fonts/${name}`).sort()).toEqual([...new Set(servedUrls)].sort());
    for (const name of onDisk) {
      const hash = createHash("sha256")
        .update(readFileSync(path.join("public/fonts", name)))
        .digest("hex")
        .slice(0, 8);
      expect(name, "run npm run fonts:subset and update the names").toMatch(
        new RegExp(`\\.${hash}\\.woff2$`),
      );
    }
  });

  // The files hold what npm run fonts:subset cut them to; a unicode-range
  // claiming more would leave those characters in a fallback face.
  it("declare the characters their files were cut to", () => {
    const cutTo = {
      "noto-naskh-arabic-core": CORE_RANGES,
      "noto-naskh-arabic-ascii": ASCII_RANGES,
      "source-serif-4-core": SERIF_CORE_RANGES,
    };
    for (const href of Object.values(CORE_FACES).flat()) {
      const name = href.match(/^\/fonts\/(.+)-\d00\.[0-9a-f]{8}\.woff2$/)?.[1] as keyof typeof cutTo;
      expect(rangesOf(faceOf(href)), href).toEqual(cutTo[name]);
    }
  });

  it("are followed in the font stacks by their metric-matched fallback", () => {
    const base = readFileSync("app/styles/base.css", "utf8");
    expect(base).toMatch(/--font-latin:\s*"Source Serif 4", "Source Serif fallback",/);
    expect(base).toMatch(/--font-arabic:\s*"Noto Naskh Arabic", "Naskh fallback",/);
    for (const family of ["Source Serif fallback", "Naskh fallback"]) {
      const fallbacks = faces.filter((rule) => rule.includes(`font-family: "${family}"`));
      expect(fallbacks).toHaveLength(2);
      for (const rule of fallbacks)
        expect(rule).toMatch(/size-adjust:[\s\S]*ascent-override:[\s\S]*descent-override:/);
    }
  });

  // The interface's own words are on every page: a character of them that a
  // swap face of the page's family draws, but outside the preloaded faces,
  // would fetch a whole fontsource file on every first view. (Text in the
  // other language, like the link to the Arabic story, is drawn in its own
  // family; characters no face has go to the system's fonts.)
  it("draw every character of the interface's messages that the family has from the preloaded faces", () => {
    const family = { en: "Source Serif 4", ar: "Noto Naskh Arabic" } as const;
    for (const locale of ["en", "ar"] as const) {
      const swapRanges = swapRangesOf(family[locale]);
      const drawn = new Set(
        [...readFileSync(`messages/${locale}.json`, "utf8")]
          .map((char) => char.codePointAt(0)!)
          .filter((code) => code >= 0x20 && covers(swapRanges, code)),
      );
      const preloaded = CORE_FACES[locale].flatMap((href) => rangesOf(faceOf(href)));
      expect(uncoveredIn(drawn, preloaded), locale).toEqual([]);
    }
  });

  it("leave no character of Latin-1 without a swap face of Source Serif", () => {
    const latin1 = codePointsOf([
      [0x20, 0x7e],
      [0xa0, 0xff],
    ]);
    expect(uncoveredIn(latin1, swapRangesOf("Source Serif 4"))).toEqual([]);
  });

  it("leave no letter of the basic Arabic block without a swap face of Naskh", () => {
    expect(uncoveredIn(codePointsOf([[0x0600, 0x06ff]]), swapRangesOf("Noto Naskh Arabic"))).toEqual([]);
  });
});
