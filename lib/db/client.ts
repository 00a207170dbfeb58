import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { liveEnv } from "@/lib/env";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";
import { observeDatabasePool } from "@/lib/metrics/registry";

// One client per process; kept on globalThis so dev-mode module reloads do
// not open a new pool each time.
const holder = globalThis as unknown as { newsPrisma?: PrismaClient };

/** The one Prisma client. Created lazily so that `next build` needs no database. */
export function db(): PrismaClient {
  if (!holder.newsPrisma) {
    const connectionString = liveEnv().DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: start the site with `npm start` or `npm run dev`.");
    }
    // The pool is made here, not by the adapter, so /metrics can read its counts.
    const pool = new Pool({
      connectionString,
      // No request waits on the database for long: a slow query is
      // cancelled by the server, a stuck transaction's session is ended,
      // and a client gives up on an unanswered query.
      connectionTimeoutMillis: 3_000,
      statement_timeout: 10_000,
      idle_in_transaction_session_timeout: 15_000,
      query_timeout: 15_000,
    });
    observeDatabasePool(pool);
    holder.newsPrisma = new PrismaClient({
      adapter: new PrismaPg(pool, {
        // $disconnect() ends the pool, as when the adapter made it.
        disposeExternalPool: true,
        onPoolError: (error) => log().error({ err: errorText(error) }, "database pool error"),
      }),
    });
  }
  return holder.newsPrisma;
}
