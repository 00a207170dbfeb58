import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's CLI downloads a native schema engine before migrating, which
// cannot work offline. The same engine ships on npm compiled to Wasm; this
// loads it by hand (the package's own entry imports .wasm as an ES module,
// which Node does not support) and drives it through the pg driver adapter.

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

/** Opens the schema engine on a database (migrations need one; diffs between schemas do not use it). */
export async function openSchemaEngine(databaseUrl: string, schemaText: string): Promise<SchemaEngine> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] }, () => undefined, adapter);
}

/** SQL that turns the database described by `from` (null: an empty one) into the one described by `to`. */
export async function diffSql(engine: SchemaEngine, from: string | null, to: string): Promise<string> {
  const result = await engine.diff({
    from:
      from === null
        ? { tag: "empty" }
        : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: from }] },
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: to }] },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  return result.stdout ?? "";
}
