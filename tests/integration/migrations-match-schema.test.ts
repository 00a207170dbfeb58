import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { SCHEMA_PATH, diffSql, withSchemaEngine } from "@/scripts/db/schema-engine";
import { testAdminUrl } from "@/tests/setup/test-database";

// Introspection does not work through the Wasm engine and pg_dump is not
// shipped with the embedded server, so the two databases are compared
// through the catalog instead.
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY table_name, c.conname`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
          ORDER BY t.typname, e.enumsortorder`,
};

// Constraints Prisma's schema language cannot describe, written by hand in
// their migration: every other row of the catalogs must match.
const HAND_WRITTEN_CONSTRAINTS = new Set(["Story_leadImageFocus_range"]);

const stamp = Date.now();
const fromMigrations = `news_drift_migrations_${stamp}`;
const fromSchema = `news_drift_schema_${stamp}`;
const fromAlteredSchema = `news_drift_altered_${stamp}`;

function urlFor(database: string): string {
  const parsed = new URL(testAdminUrl());
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query(url: string, sql: string): Promise<pg.QueryResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return Array.isArray(result) ? result : [result];
  } finally {
    await client.end();
  }
}

async function catalog(database: string): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    Object.entries(CATALOG_QUERIES).map(async ([name, sql]) => [
      name,
      (await query(urlFor(database), sql))[0]!.rows,
    ]),
  );
  return Object.fromEntries(entries);
}

async function createFromSchemaText(database: string, schemaText: string): Promise<void> {
  const sql = await withSchemaEngine(urlFor(database), schemaText, (engine) =>
    diffSql(engine, null, schemaText),
  );
  await query(urlFor(database), sql);
}

const schema = readFileSync(SCHEMA_PATH, "utf8");

beforeAll(async () => {
  for (const name of [fromMigrations, fromSchema, fromAlteredSchema]) {
    await query(testAdminUrl(), `CREATE DATABASE "${name}"`);
  }
  await applyMigrations(urlFor(fromMigrations));
  await createFromSchemaText(fromSchema, schema);
});

afterAll(async () => {
  for (const name of [fromMigrations, fromSchema, fromAlteredSchema]) {
    await query(testAdminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});

describe("migrations and schema", () => {
  it("applies migrations that produce exactly what prisma/schema.prisma describes", async () => {
    const [migrated, described] = await Promise.all([catalog(fromMigrations), catalog(fromSchema)]);
    expect(migrated.columns!.length).toBeGreaterThan(10);
    const constraints = migrated.constraints as { conname: string }[];
    expect(constraints.filter((row) => HAND_WRITTEN_CONSTRAINTS.has(row.conname))).toHaveLength(
      HAND_WRITTEN_CONSTRAINTS.size,
    );
    migrated.constraints = constraints.filter((row) => !HAND_WRITTEN_CONSTRAINTS.has(row.conname));
    expect(migrated).toEqual(described);
  });

  it("would notice a schema change that no migration carries", async () => {
    const altered = schema.replace("model Story {", "model Story {\n  tagline String?");
    await createFromSchemaText(fromAlteredSchema, altered);
    expect(await catalog(fromMigrations)).not.toEqual(await catalog(fromAlteredSchema));
  });
});
