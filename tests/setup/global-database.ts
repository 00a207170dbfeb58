import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { freePort } from "@/scripts/db/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** URL of the server's maintenance database, for tests that create databases of their own. */
    adminUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function run(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * One real PostgreSQL for the whole run: a fresh database on DATABASE_URL's
 * server when set, else an embedded server in a temporary directory.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const name = `news_test_${process.pid}_${Date.now()}`;
  let adminUrl: string;
  let teardown: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
    await run(adminUrl, `CREATE DATABASE "${name}"`);
    teardown = () => run(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-test-pg-"));
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: name,
      throwaway: true,
    });
    adminUrl = withDatabase(server.url, "postgres");
    teardown = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const databaseUrl = withDatabase(adminUrl, name);
  await applyMigrations(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminUrl", adminUrl);
  return teardown;
}
