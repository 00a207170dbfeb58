// `npm run fonts:fallback-metrics`: prints the size-adjust and ascent /
// descent / line-gap overrides of the fallback faces in app/styles/fonts.css,
// so that text laid out in the fallback (before the web font arrives) takes
// the room the web font will take, and the swap moves nothing. The width is
// the web font's advance over the fallback's for the demo stories' own text
// (headlines, summaries and bodies, shaped by HarfBuzz, so Arabic's joining
// forms count), per weight; the vertical metrics are the web font's,
// divided by size-adjust because the browser scales the overrides by it.
// Fallbacks are the fonts of this Debian machine; Liberation Serif has
// Times New Roman's metrics. Run again after upgrading a font and copy the
// numbers into fonts.css.
import { readFile } from "node:fs/promises";
import * as hb from "harfbuzzjs";
import subsetFont from "subset-font";
import { stories } from "@/prisma/content/stories";
import { CORE_FACES } from "@/lib/fonts/core-faces";

const FONTSOURCE = "node_modules/@fontsource";
// The preloaded Naskh letters file of a weight, by the hashed name the layout preloads.
function coreFile(weight: 400 | 700): string {
  const href = CORE_FACES.ar.find((face) => face.startsWith(`/fonts/noto-naskh-arabic-core-${weight}.`));
  if (!href) throw new Error(`lib/fonts/core-faces.ts names no Naskh core file of weight ${weight}`);
  return `public${href}`;
}
const CORE_FILES = { 400: coreFile(400), 700: coreFile(700) };
const SYSTEM = "/usr/share/fonts/truetype";

interface Pair {
  family: string;
  weight: 400 | 700;
  locale: "en" | "ar";
  web: string;
  fallback: string;
}

const PAIRS: Pair[] = [
  ...([400, 700] as const).flatMap((weight): Pair[] => [
    {
      family: "Naskh fallback",
      weight,
      locale: "ar",
      web: CORE_FILES[weight],
      fallback: `${SYSTEM}/dejavu/DejaVuSans${weight === 700 ? "-Bold" : ""}.ttf`,
    },
    {
      family: "Source Serif fallback",
      weight,
      locale: "en",
      web: `${FONTSOURCE}/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`,
      fallback: `${SYSTEM}/liberation/LiberationSerif-${weight === 700 ? "Bold" : "Regular"}.ttf`,
    },
  ]),
];

function sampleText(locale: "en" | "ar"): string {
  return stories
    .flatMap((story) => {
      const t = story.translations[locale];
      return t ? [t.headline, t.dek, t.body] : [];
    })
    .join(" ")
    .replace(/[#>*_`[\]()]/g, " ")
    .replace(/\s+/g, " ");
}

async function openFace(file: string, text: string) {
  // subset-font decodes WOFF2 and keeps what shaping this text needs (GSUB/GPOS closure).
  const sfnt = await subsetFont(await readFile(file), text, { targetFormat: "truetype" });
  return new hb.Face(new hb.Blob(sfnt));
}

/** Only the characters the web face has: the others are drawn by another face of the stack. */
async function coveredText(file: string, text: string): Promise<string> {
  const covered = new Set((await openFace(file, text)).collectUnicodes());
  return Array.from(text)
    .filter((char) => covered.has(char.codePointAt(0)!))
    .join("");
}

/** The text's shaped advance in ems, and the font's vertical extents in ems. */
async function measure(file: string, text: string) {
  const face = await openFace(file, text);
  const font = new hb.Font(face);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const advance = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
  const extents = font.hExtents();
  const em = face.upem;
  return {
    width: advance / em,
    ascent: extents.ascender / em,
    descent: -extents.descender / em,
    lineGap: extents.lineGap / em,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

async function main(): Promise<void> {
  for (const pair of PAIRS) {
    const text = await coveredText(pair.web, sampleText(pair.locale));
    const web = await measure(pair.web, text);
    const fallback = await measure(pair.fallback, text);
    const size = web.width / fallback.width;
    console.log(`/* ${pair.family} ${pair.weight}: ${pair.fallback.split("/").pop()} */`);
    console.log(`  size-adjust: ${percent(size)};`);
    console.log(`  ascent-override: ${percent(web.ascent / size)};`);
    console.log(`  descent-override: ${percent(web.descent / size)};`);
    console.log(`  line-gap-override: ${percent(web.lineGap / size)};`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
