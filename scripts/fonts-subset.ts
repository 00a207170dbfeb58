// `npm run fonts:subset`: writes public/fonts/noto-naskh-arabic-core-*.woff2,
// Noto Naskh Arabic (from @fontsource) cut to the basic Arabic block and the
// spaces, the characters an Arabic news text is written in, and copies the
// Source Serif 4 Latin faces beside them. The files are served from public/
// (not bundled from CSS) so the root layout can preload them by a name it
// knows; the name carries the content's hash, so they are cached for a year
// (next.config.ts). Update app/styles/fonts.css and lib/fonts/core-faces.ts
// with the names printed (tests/unit/fonts-core-faces.test.ts checks them). Fontsource's "arabic" file
// also carries the Supplement, Extended-A and presentation forms, which
// doubles its size (53 KB to 25 KB per weight); app/styles/fonts.css keeps
// those as a second face with the remaining range, fetched only by a page
// that uses such a character. Run again after upgrading the @fontsource package.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";

const SOURCE = "node_modules/@fontsource/noto-naskh-arabic/files";
const SERIF = "node_modules/@fontsource/source-serif-4/files";
const TARGET = "public/fonts";

// Must match the core faces' unicode-range in app/styles/fonts.css.
const CORE_RANGES: [number, number][] = [
  [0x0020, 0x0020],
  [0x00a0, 0x00a0],
  [0x0600, 0x06ff],
  [0x200c, 0x200e],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
];

function coreText(): string {
  return CORE_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
  ).join("");
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
    const core = await subsetFont(source, coreText(), { targetFormat: "woff2" });
    const file = await writeHashed(`noto-naskh-arabic-core-${weight}`, core);
    console.log(`${file}: ${source.length} -> ${core.length} bytes`);
    const serif = await readFile(path.join(SERIF, `source-serif-4-latin-${weight}-normal.woff2`));
    console.log(`${await writeHashed(`source-serif-4-latin-${weight}`, serif)}: ${serif.length} bytes`);
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
