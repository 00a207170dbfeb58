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

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

interface PgAdapterInternals {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
}

/**
 * adapter-pg (7.10) runs a migration's script as the pieces between its
 * semicolons, which cuts apart a PL/pgSQL function body (the trigger of
 * migration "search_vocabulary") and stops at a semicolon in a comment.
 * Prisma's native engine sends the script whole; so does this, in one
 * simple-protocol query, which PostgreSQL also runs as one transaction.
 * Every connection made is recorded in `opened`, for the caller to close.
 */
function wholeScripts(factory: PrismaPg, opened: PgAdapter[]): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    const internals = adapter as unknown as PgAdapterInternals;
    adapter.executeScript = async (script: string) => {
      await internals.client.query(script).catch((error: unknown) => internals.onError(error));
    };
    return adapter;
  };
  return factory;
}

/**
 * Runs `work` with the schema engine on a database (migrations need one;
 * diffs between schemas do not use it), then closes the engine's
 * connections: freeing the Wasm object leaves adapter-pg's pool open, and an
 * idle connection there keeps the engine's session advisory lock for the
 * pool's idle timeout, which is as long as the next run waits for it.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schemaText: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const opened: PgAdapter[] = [];
  const factory = wholeScripts(new PrismaPg({ connectionString: databaseUrl }), opened);
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
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
