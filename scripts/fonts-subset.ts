// `npm run fonts:subset`: writes public/fonts/, the faces an Arabic page's
// first screen is drawn in, cut from Noto Naskh Arabic (@fontsource) to what
// Modern Standard Arabic news text is written in:
// - noto-naskh-arabic-core-*: the letters, harakat, Arabic punctuation and
//   digits, and the spaces (12 KB a weight: the whole basic Arabic block is 25
//   KB, fontsource's "arabic" file 53 KB);
// - noto-naskh-arabic-ascii-*: ASCII (Western digits, the punctuation
//   Arabic text uses, and the Latin letters of the acronyms and names news
//   text quotes: EU, UNICEF, and the header's "English") and « » – … and the
//   like, from fontsource's Latin file (7 KB a weight; the whole Latin file,
//   12 KB, stays for the rest of Latin-1).
// The rest of the basic block (Persian and Urdu letters, Quranic marks) is
// drawn from fontsource's "arabic" file, fetched only by a page that uses such
// a character (app/styles/fonts.css). English pages' first screen is drawn in
// source-serif-4-core-*: ASCII, the typographic punctuation and the few
// Latin-1 signs and letters English news text uses (© · é É €), 13 KB a
// weight where fontsource's Latin file is 20 KB; that file stays, fetched
// only by a page using another Latin-1 letter. The files are served from
// public/ (not bundled from CSS) so the root layout can preload them by a
// name it knows; the name carries the content's hash, so they are cached for
// a year (next.config.ts). Update
// app/styles/fonts.css and lib/fonts/core-faces.ts with the names printed
// (tests/unit/fonts-core-faces.test.ts checks them). Run again after upgrading
// the @fontsource package.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import {
  ASCII_RANGES,
  CORE_RANGES,
  SERIF_CORE_RANGES,
  codePointsOf,
  type CodeRange,
} from "@/lib/fonts/subset-ranges";

const SOURCE = "node_modules/@fontsource/noto-naskh-arabic/files";
const SERIF = "node_modules/@fontsource/source-serif-4/files";
const TARGET = "public/fonts";

function textOf(ranges: readonly CodeRange[]): string {
  return String.fromCodePoint(...codePointsOf(ranges));
}

/** `name.<first 8 hex of the content's SHA-256>.woff2`, written to public/fonts/. */
async function writeHashed(name: string, bytes: Uint8Array): Promise<string> {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
  const file = path.join(TARGET, `${name}.${hash}.woff2`);
  await writeFile(file, bytes);
  return file;
}

async function main(): Promise<void> {
  await mkdir(TARGET, { recursive: true });
  for (const weight of [400, 700]) {
    const source = await readFile(path.join(SOURCE, `noto-naskh-arabic-arabic-${weight}-normal.woff2`));
    // hb-subset keeps the layout tables (joining forms, lam-alef, mark positions) for what it keeps.
    const core = await subsetFont(source, textOf(CORE_RANGES), { targetFormat: "woff2" });
    const file = await writeHashed(`noto-naskh-arabic-core-${weight}`, core);
    console.log(`${file}: ${source.length} -> ${core.length} bytes`);
    const latin = await readFile(path.join(SOURCE, `noto-naskh-arabic-latin-${weight}-normal.woff2`));
    const ascii = await subsetFont(latin, textOf(ASCII_RANGES), { targetFormat: "woff2" });
    const asciiFile = await writeHashed(`noto-naskh-arabic-ascii-${weight}`, ascii);
    console.log(`${asciiFile}: ${latin.length} -> ${ascii.length} bytes`);
    const serif = await readFile(path.join(SERIF, `source-serif-4-latin-${weight}-normal.woff2`));
    const serifCore = await subsetFont(serif, textOf(SERIF_CORE_RANGES), { targetFormat: "woff2" });
    const serifFile = await writeHashed(`source-serif-4-core-${weight}`, serifCore);
    console.log(`${serifFile}: ${serif.length} -> ${serifCore.length} bytes`);
  }
  await writeFile(
    path.join(TARGET, "OFL-noto-naskh-arabic.txt"),
    await readFile("node_modules/@fontsource/noto-naskh-arabic/LICENSE"),
  );
  await writeFile(
    path.join(TARGET, "OFL-source-serif-4.txt"),
    await readFile("node_modules/@fontsource/source-serif-4/LICENSE"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
