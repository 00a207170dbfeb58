import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

// Where Server Actions may be declared: routes, and wherever the folder map
// lets shared actions live.
const ACTION_FOLDERS = ["app", "lib", "components"];

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`) && keep(file));
}

/** Every route handler file under app/. */
export function routeHandlerFiles(): string[] {
  return filesUnder(path.join(projectRoot, "app"), (file) => path.basename(file) === "route.ts");
}

export interface ExportedAction {
  file: string;
  name: string;
  value: unknown;
}

/** Every export of every file that declares "use server", found by reading the files. */
export async function exportedServerActions(): Promise<ExportedAction[]> {
  const files = ACTION_FOLDERS.flatMap((folder) =>
    filesUnder(
      path.join(projectRoot, folder),
      (file) => /\.tsx?$/.test(file) && /^\s*["']use server["']/.test(readFileSync(file, "utf8")),
    ),
  );
  const actions: ExportedAction[] = [];
  for (const file of files) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") actions.push({ file: path.relative(projectRoot, file), name, value });
    }
  }
  return actions;
}
