import type pg from "pg";

// Every table that holds rows (partitions count, their parents hold none),
// outside PostgreSQL's own schemas: what pg_dump dumps, one by one.
const USER_TABLES = `
  SELECT n.nspname AS schema, c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r'
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
  ORDER BY 1, 2`;

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Exact row count of every user table, keyed "schema.table", in a stable order. */
export async function tableRowCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ schema: string; name: string }>(USER_TABLES);
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${quoted(schema)}.${quoted(name)}`,
    );
    counts[`${schema}.${name}`] = Number(rows[0]!.n);
  }
  return counts;
}
