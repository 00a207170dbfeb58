import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_FACES } from "@/lib/fonts/core-faces";

const css = readFileSync("app/styles/fonts.css", "utf8");
const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
const servedUrls = [...css.matchAll(/url\("(\/fonts\/[^"]+)"\)/g)].map((match) => match[1]!);

type Range = readonly [number, number];

function rangesOf(rule: string): Range[] {
  return [
    ...(rule.match(/unicode-range:([^;]+);/)?.[1] ?? "").matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/g),
  ].map((match) => [parseInt(match[1]!, 16), parseInt(match[2] ?? match[1]!, 16)] as const);
}

function uncoveredIn(codes: Iterable<number>, ranges: Range[]): string[] {
  return [...codes]
    .filter((code) => !ranges.some(([from, to]) => code >= from && code <= to))
    .map((code) => String.fromCodePoint(code));
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
      const text = JSON.stringify(JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")));
      const swapRanges = faces
        .filter(
          (rule) => rule.includes(`font-family: "${family[locale]}"`) && /font-display:\s*swap/.test(rule),
        )
        .flatMap(rangesOf);
      const drawn = new Set(
        [...text]
          .map((char) => char.codePointAt(0)!)
          .filter((code) => code >= 0x20 && uncoveredIn([code], swapRanges).length === 0),
      );
      const preloaded = CORE_FACES[locale].flatMap((href) => rangesOf(faceOf(href)));
      expect(uncoveredIn(drawn, preloaded), locale).toEqual([]);
    }
  });

  it("leave no character of Latin-1 without a swap face of Source Serif", () => {
    const swapRanges = faces
      .filter((rule) => rule.includes('font-family: "Source Serif 4"') && /font-display:\s*swap/.test(rule))
      .flatMap(rangesOf);
    const latin1 = Array.from({ length: 0xff - 0x20 + 1 }, (_, i) => 0x20 + i).filter(
      (code) => code < 0x7f || code >= 0xa0,
    );
    expect(uncoveredIn(latin1, swapRanges)).toEqual([]);
  });

  it("leave no letter of the basic Arabic block without a swap face of Naskh", () => {
    const swapRanges = faces
      .filter(
        (rule) => rule.includes('font-family: "Noto Naskh Arabic"') && /font-display:\s*swap/.test(rule),
      )
      .flatMap((rule) => [
        ...(rule.match(/unicode-range:([^;]+);/)?.[1] ?? "").matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/g),
      ])
      .map((match) => [parseInt(match[1]!, 16), parseInt(match[2] ?? match[1]!, 16)] as const);
    const uncovered = [];
    for (let code = 0x0600; code <= 0x06ff; code++)
      if (!swapRanges.some(([from, to]) => code >= from && code <= to)) uncovered.push(code.toString(16));
    expect(uncovered).toEqual([]);
  });
});
