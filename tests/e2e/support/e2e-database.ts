import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-server";

/** Runs one query against the e2e server's database on a connection of its own. */
export async function queryE2eDatabase<Row extends pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
