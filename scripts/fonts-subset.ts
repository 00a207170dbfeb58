// `npm run fonts:subset`: writes app/styles/fonts/noto-naskh-arabic-core-*.woff2,
// Noto Naskh Arabic (from @fontsource) cut to the basic Arabic block, the
// characters an Arabic news text is written in. Fontsource's "arabic" file
// also carries the Supplement, Extended-A and presentation forms, which
// doubles its size (53 KB to 25 KB per weight); app/styles/fonts.css keeps
// those as a second face with the remaining range, fetched only by a page
// that uses such a character. Run again after upgrading the @fontsource package.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";

const SOURCE = "node_modules/@fontsource/noto-naskh-arabic/files";
const TARGET = "app/styles/fonts";

// Must match the core faces' unicode-range in app/styles/fonts.css.
const CORE_RANGES: [number, number][] = [
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

async function main(): Promise<void> {
  await mkdir(TARGET, { recursive: true });
  for (const weight of [400, 700]) {
    const source = await readFile(path.join(SOURCE, `noto-naskh-arabic-arabic-${weight}-normal.woff2`));
    // hb-subset keeps the layout tables (joining forms, lam-alef, mark positions) for what it keeps.
    const core = await subsetFont(source, coreText(), { targetFormat: "woff2" });
    const file = path.join(TARGET, `noto-naskh-arabic-core-${weight}.woff2`);
    await writeFile(file, core);
    console.log(`${file}: ${source.length} -> ${core.length} bytes`);
  }
  await writeFile(
    path.join(TARGET, "OFL.txt"),
    await readFile("node_modules/@fontsource/noto-naskh-arabic/LICENSE"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
