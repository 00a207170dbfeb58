// The characters each preloaded face is cut to by `npm run fonts:subset`
// (scripts/fonts-subset.ts). Each face's unicode-range in app/styles/fonts.css
// says the same; tests/unit/fonts-core-faces.test.ts holds the two together.

export type CodeRange = readonly [number, number];

/** Every code point of the ranges, in order. */
export function codePointsOf(ranges: readonly CodeRange[]): number[] {
  return ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** Naskh's letters, harakat, Arabic punctuation and digits, and the spaces. */
export const CORE_RANGES: readonly CodeRange[] = [
  [0x0020, 0x0020],
  [0x00a0, 0x00a0],
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  [0x0621, 0x063a],
  [0x0640, 0x0655],
  [0x0660, 0x066c],
  [0x0670, 0x0670],
  [0x200c, 0x200e],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
];
/** From Naskh's Latin file: ASCII and the typographic punctuation Arabic text uses. */
export const ASCII_RANGES: readonly CodeRange[] = [
  [0x0021, 0x007e],
  [0x00a9, 0x00a9],
  [0x00ab, 0x00ab],
  [0x00b0, 0x00b0],
  [0x00b7, 0x00b7],
  [0x00bb, 0x00bb],
  [0x00d7, 0x00d7],
  [0x2013, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2066, 0x2069],
];
/** From Source Serif's Latin file: ASCII, typographic punctuation, © · é É €. */
export const SERIF_CORE_RANGES: readonly CodeRange[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x00a0],
  [0x00a9, 0x00a9],
  [0x00ab, 0x00ab],
  [0x00b0, 0x00b0],
  [0x00b7, 0x00b7],
  [0x00bb, 0x00bb],
  [0x00c9, 0x00c9],
  [0x00d7, 0x00d7],
  [0x00e9, 0x00e9],
  [0x2013, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];
