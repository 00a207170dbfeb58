import { withClient } from "@/tests/setup/pg-client";

// The demo content takes about half a second to seed through Prisma (a few
// hundred nested inserts); an integration file reseeds it before each of its
// tests. After the first seed of a file, its rows are copied into a schema of
// their own and each later test gets them back with one INSERT … SELECT per
// table: the same rows, ids and sequence positions, in a fraction of the time.

const SCHEMA = "demo_snapshot";

interface TableColumns {
  name: string;
  columns: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Copies every table of the current schema (but the migrations record) and returns the SQL that puts them back. */
export async function takeDemoSnapshot(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<TableColumns>(`
      SELECT c.relname AS name,
             string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      GROUP BY c.relname`);
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(`
      SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS value
      FROM pg_sequences WHERE schemaname = current_schema()`);
    await client.query(
      [
        `DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`,
        `CREATE SCHEMA ${SCHEMA}`,
        ...tables.map(({ name }) => `CREATE TABLE ${SCHEMA}.${quote(name)} AS SELECT * FROM ${quote(name)}`),
      ].join(";\n"),
    );
    // Generated columns (the search vectors) are left out: PostgreSQL computes them again.
    return [
      "BEGIN",
      // Rows go back in any order: no foreign-key or other trigger fires (the
      // search-words table is restored as it was, not rebuilt by its triggers).
      "SET LOCAL session_replication_role = replica",
      `TRUNCATE ${tables.map(({ name }) => quote(name)).join(", ")} RESTART IDENTITY CASCADE`,
      ...tables.map(
        ({ name, columns }) =>
          `INSERT INTO ${quote(name)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM ${SCHEMA}.${quote(name)}`,
      ),
      ...sequences.map(({ name, value }) =>
        value === null ? `SELECT setval('${name}', 1, false)` : `SELECT setval('${name}', ${value}, true)`,
      ),
      "COMMIT",
    ].join(";\n");
  });
}

export async function restoreDemoSnapshot(url: string, restore: string): Promise<void> {
  await withClient(url, (client) => client.query(restore));
}

/** The copy is the file's own: the next file (or a dump of the database) must not find it. */
export async function dropDemoSnapshot(url: string): Promise<void> {
  await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`));
}
