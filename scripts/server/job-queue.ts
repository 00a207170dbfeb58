// The job queue: graphile-worker on the site's own PostgreSQL (schema
// `graphile_worker`, which it creates and migrates itself, offline). Every
// app instance runs one worker; a job is taken by exactly one of them
// (SELECT … FOR UPDATE SKIP LOCKED), survives restarts because it is a row,
// and is retried with backoff when its call fails.
import { Logger, run, runMigrations, type Runner, type Task } from "graphile-worker";
import { sendHardPurgeToAll } from "@/lib/cache-proxy/purge-request";
import {
  CACHE_HARD_PURGE_TASK,
  JOB_TOKEN_HEADER,
  NOTIFICATION_EMAIL_PATH,
  NOTIFICATION_EMAIL_TASK,
  SCHEDULED_CHANGE_PATH,
  SCHEDULED_CHANGE_TASK,
} from "@/lib/jobs/job-calls";

// Warnings and errors only, without their stack traces: a worker's routine
// lines, or a trace for every retry while a mail server or a proxy is down,
// would drown the server log. What failed and why stays on one line.
const logger = new Logger(() => (level, message) => {
  if (level !== "error" && level !== "warning") return;
  const lines = message.split("\n").filter((line) => !/^\s+at /.test(line));
  console.error(`job queue: ${lines.join(" ").replace(/\s+/g, " ").trim()}`);
});

/** Creates or migrates the queue's schema; several processes may call it at once. */
export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger });
}

// A job that could not reach its route (the server busy starting or
// stopping), or whose route answered with an error (an email the mail
// server did not take), fails and is retried by the queue with backoff; one
// the route answered 2xx is done, whatever the outcome it recorded.
const CALL_TIMEOUT_MS = 30_000;

/**
 * A task that hands its payload to this instance's route `path`.
 *
 * Why a route, not the Publish button's command called here in process:
 * the command must expire Next's cache for the tags it changed, and Next 16
 * only lets a request do that. `revalidateTag` outside one throws
 * "Invariant: static generation store missing in revalidateTag" (its tags
 * are collected on the request's work store and written to the cache
 * handler, Next's own or lib/shared-cache's Redis one, when the request
 * ends), and `updateTag` only works inside a Server Action. The worker also
 * runs in this launcher's copy of lib/, not Next's bundles. Purging the
 * caching proxy alone would work from here, but would leave Next serving
 * the old page to the proxy's next fetch. So the job goes through the
 * server once more, as a request Next recognises.
 */
function routeTask(options: { appOrigin: string; token: string }, path: string): Task {
  return async (payload) => {
    const response = await fetch(`${options.appOrigin}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", [JOB_TOKEN_HEADER]: options.token },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  };
}

export async function startJobQueue(options: {
  connectionString: string;
  /** This instance's own origin: each job is done by the instance whose worker took it. */
  appOrigin: string;
  token: string;
}): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    logger,
    concurrency: 2,
    maxPoolSize: 3,
    pollInterval: 2_000,
    noHandleSignals: true,
    parsedCronItems: [],
    taskList: {
      [SCHEDULED_CHANGE_TASK]: routeTask(options, SCHEDULED_CHANGE_PATH),
      [NOTIFICATION_EMAIL_TASK]: routeTask(options, NOTIFICATION_EMAIL_PATH),
      // Only the proxy is involved (Next's caches were expired by the
      // withdrawal itself): sent from here, and retried until confirmed.
      [CACHE_HARD_PURGE_TASK]: async (payload) => {
        const keys = (payload as { keys?: unknown } | null)?.keys;
        if (typeof keys === "string" && keys !== "") await sendHardPurgeToAll(keys);
      },
    },
  });
}
