// The job queue: graphile-worker on the site's own PostgreSQL (schema
// `graphile_worker`, which it creates and migrates itself, offline). Every
// app instance runs one worker; a job is taken by exactly one of them
// (SELECT … FOR UPDATE SKIP LOCKED), survives restarts because it is a row,
// and is retried with backoff when its call fails.
import { performance } from "node:perf_hooks";
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
import { jobRequestId } from "@/lib/jobs/job-request-id";
import { errorText, rootLogger } from "@/lib/logging/logger";
import { currentRequestId, log, REQUEST_ID_HEADER, withRequestLog } from "@/lib/logging/request-log-context";
import { metrics } from "@/lib/metrics/registry";

// Warnings and errors only, without their stack traces: a worker's routine
// lines, or a trace for every retry while a mail server or a proxy is down,
// would drown the server log. What failed and why stays on one line; each
// job's own outcome is logged by observedTask, with its request id.
const logger = new Logger(() => (level, message) => {
  if (level !== "error" && level !== "warning") return;
  const lines = message.split("\n").filter((line) => !/^\s+at /.test(line));
  const text = lines.join(" ").replace(/\s+/g, " ").trim();
  if (level === "error") rootLogger().error({ component: "job-queue" }, text);
  else rootLogger().warn({ component: "job-queue" }, text);
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
      headers: {
        "content-type": "application/json",
        [JOB_TOKEN_HEADER]: options.token,
        // The route's lines then carry the id of the request that queued the job.
        ...(currentRequestId() ? { [REQUEST_ID_HEADER]: currentRequestId()! } : {}),
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    // Read to its end (a few bytes of JSON): a call cut short would log as aborted.
    await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  };
}

/**
 * Runs a task with the request id its job was queued with (a new one for a
 * job without), measures how late it started, and logs its outcome once.
 */
function observedTask(task: string, work: Task): Task {
  return (payload, helpers) => {
    const { job } = helpers;
    const lagSeconds = Math.max(0, (Date.now() - new Date(job.run_at).getTime()) / 1000);
    metrics.jobLag.observe({ task }, lagSeconds);
    const fields = { task, jobId: String(job.id), attempt: job.attempts };
    return withRequestLog(jobRequestId(payload), fields, async () => {
      const started = performance.now();
      const timing = () => ({
        lagMs: Math.round(lagSeconds * 1000),
        durationMs: Math.round(performance.now() - started),
      });
      try {
        await work(payload, helpers);
        metrics.jobs.inc({ task, outcome: "done" });
        log().info(timing(), "job done");
      } catch (error) {
        metrics.jobs.inc({ task, outcome: "failed" });
        log().warn({ ...timing(), err: errorText(error), maxAttempts: job.max_attempts }, "job failed");
        throw error;
      }
    });
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
      [SCHEDULED_CHANGE_TASK]: observedTask(SCHEDULED_CHANGE_TASK, routeTask(options, SCHEDULED_CHANGE_PATH)),
      [NOTIFICATION_EMAIL_TASK]: observedTask(
        NOTIFICATION_EMAIL_TASK,
        routeTask(options, NOTIFICATION_EMAIL_PATH),
      ),
      // Only the proxy is involved (Next's caches were expired by the
      // withdrawal itself): sent from here, and retried until confirmed.
      [CACHE_HARD_PURGE_TASK]: observedTask(CACHE_HARD_PURGE_TASK, async (payload) => {
        const keys = (payload as { keys?: unknown } | null)?.keys;
        if (typeof keys === "string" && keys !== "") await sendHardPurgeToAll(keys);
      }),
    },
  });
}
