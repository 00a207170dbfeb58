import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";

// Written beside every dump so that a restore can prove, before touching the
// database, that the file is the one written (checksum), and after, that
// every row came back (counts taken in the very snapshot pg_dump read).
const manifestSchema = z.object({
  createdAt: z.string().max(64),
  serverVersion: z.string().max(200),
  pgDump: z.string().max(500),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rowCounts: z.record(z.string().max(200), z.number().int().nonnegative()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export function manifestPathFor(dumpFile: string): string {
  return `${dumpFile}.manifest.json`;
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function writeManifest(dumpFile: string, manifest: BackupManifest): Promise<void> {
  await writeFile(manifestPathFor(dumpFile), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

/** The dump's manifest, or null when there is none (a dump copied without it). */
export async function readManifest(dumpFile: string): Promise<BackupManifest | null> {
  const text = await readFile(manifestPathFor(dumpFile), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${manifestPathFor(dumpFile)} is not a backup manifest.`);
  return parsed.data;
}
