// `npm run corpus -- --stories 1000 [--seed 1] [--out corpus.jsonl]`: writes
// synthetic bilingual stories as JSON Lines for `npm run import` (to stdout
// without --out).
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
  },
});
const count = Math.max(1, Math.min(1_000_000, Number(values.stories) || 1000));
const output: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;

async function main(): Promise<void> {
  for (const story of syntheticStories({ count, seed: Number(values.seed) || 1 })) {
    if (!output.write(`${JSON.stringify(story)}\n`)) await once(output, "drain");
  }
  if (values.out) await new Promise<void>((resolve) => output.end(() => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
