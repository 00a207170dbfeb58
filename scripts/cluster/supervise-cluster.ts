// Puts every process `startCluster` started under supervision: Varnish,
// Redis (when the cluster started it) and each app instance come back on
// their own port after a death. Each death and restart is a line in
// <logDir>/supervisor.log (and on the terminal when echoing), beside the
// dead process's own log, which ends with its exit signal.
import { createWriteStream } from "node:fs";
import path from "node:path";
import type { RunningVarnish } from "@/scripts/cache-proxy/varnish";
import type { AppInstance } from "@/scripts/cluster/app-instance";
import { openOwnLog, type LogOptions } from "@/scripts/cluster/logged-process";
import type { RunningRedis } from "@/scripts/cluster/redis-server";
import {
  supervise,
  type BackOff,
  type Supervision,
  type SupervisionOptions,
} from "@/scripts/cluster/supervised-process";

export interface SupervisedParts {
  varnish: RunningVarnish;
  redis: RunningRedis | null;
  instances: AppInstance[];
}

/** Starts watching; the returned `stop()` ends every supervision (before the cluster stops its processes). */
export function superviseCluster(parts: SupervisedParts, logs: LogOptions, backOff?: Partial<BackOff>) {
  const file = createWriteStream("", { fd: openOwnLog(path.join(logs.logDir, "supervisor.log")) });
  file.on("error", () => undefined);
  const log = (line: string) => {
    file.write(`${new Date().toISOString()} ${line}\n`);
    if (logs.echo) console.error(`[supervisor] ${line}`);
  };
  const { varnish, redis, instances } = parts;
  type Run = Pick<SupervisionOptions, "exited" | "restart" | "terminate">;
  const watched: { name: string; run: Run }[] = [
    {
      name: "varnish",
      run: {
        exited: () => varnish.exited(),
        restart: () => varnish.restart(),
        terminate: () => varnish.process.kill("SIGTERM"),
      },
    },
    ...(redis
      ? [
          {
            name: "redis",
            run: {
              exited: () => redis.exited(),
              restart: () => redis.start(),
              terminate: () => redis.terminate(),
            },
          },
        ]
      : []),
    ...instances.map((instance) => ({
      name: instance.name,
      run: {
        exited: () => instance.process.exited,
        restart: () => instance.restart(),
        terminate: () => void instance.process.child.kill("SIGTERM"),
      },
    })),
  ];
  const supervisions = new Map<string, Supervision>(
    watched.map(({ name, run }) => [name, supervise({ name, ...run, log, backOff })]),
  );
  return {
    /** Successful restarts of one process so far ("varnish", "redis", "app-1"…). */
    restarts: (name: string) => supervisions.get(name)?.restarts() ?? 0,
    stop() {
      for (const supervision of supervisions.values()) supervision.stop();
      file.end();
    },
  };
}
