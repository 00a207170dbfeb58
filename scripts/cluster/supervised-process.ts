// Restarts a process of the cluster when it dies (`npm run start:cluster`):
// a crash, an OOM kill or `kill -9` must not leave the site without its
// front door, its shared cache or an instance until someone notices. Each
// death and each restart is a log line. The wait before a restart doubles
// while the process keeps dying soon after starting (a bad config must not
// spin two cores), up to `maxDelayMs`, and is back to `initialDelayMs` once
// a run has lasted `stableMs`.

export interface BackOff {
  initialDelayMs: number;
  maxDelayMs: number;
  stableMs: number;
}

export const DEFAULT_BACK_OFF: BackOff = { initialDelayMs: 250, maxDelayMs: 30_000, stableMs: 30_000 };

export interface SupervisionOptions {
  name: string;
  /** Resolves when the current run ends. */
  exited(): Promise<void>;
  /** Starts the process again and resolves once it serves; throws if it cannot. */
  restart(): Promise<void>;
  /** Ends a run that finished starting after supervision stopped (the cluster is stopping). */
  terminate(): void;
  log(line: string): void;
  backOff?: Partial<BackOff>;
}

export interface Supervision {
  /** Restarts that succeeded so far. */
  restarts(): number;
  /** No restart from now on (before the cluster stops its processes). */
  stop(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The next wait: doubled after a short run, the initial one after a stable run. */
export function nextDelay(previousMs: number, ranMs: number, backOff: BackOff): number {
  if (ranMs >= backOff.stableMs) return backOff.initialDelayMs;
  return Math.min(previousMs * 2, backOff.maxDelayMs);
}

export function supervise(options: SupervisionOptions): Supervision {
  const backOff = { ...DEFAULT_BACK_OFF, ...options.backOff };
  let stopped = false;
  let restarts = 0;
  let wake: (() => void) | null = null;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async () => {
    let exited = options.exited();
    let startedAt = Date.now();
    // The first wait after a stable run is the initial one (nextDelay's reset).
    let delay = backOff.initialDelayMs / 2;
    for (;;) {
      await exited;
      if (stopped) return;
      const ranMs = Date.now() - startedAt;
      delay = nextDelay(delay, ranMs, backOff);
      options.log(`${options.name} died after ${seconds(ranMs)}; restarting in ${seconds(delay)}`);
      await pause(delay);
      if (stopped) return;
      startedAt = Date.now();
      try {
        await options.restart();
        exited = options.exited();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        options.log(`${options.name} did not restart: ${reason}`);
        exited = Promise.resolve();
        continue;
      }
      if (stopped) {
        options.terminate();
        return;
      }
      restarts++;
      options.log(
        `${options.name} restarted (restart ${restarts}, up after ${seconds(Date.now() - startedAt)})`,
      );
    }
  };
  void watch();
  return {
    restarts: () => restarts,
    stop() {
      stopped = true;
      wake?.();
    },
  };
}
