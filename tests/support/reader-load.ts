// Readers hammering a site until told to stop, each answer noted with its
// time: the supervision e2e spec asserts they recover after a kill, and
// bench/outage.ts measures how long they saw errors.

export interface ReaderAnswer {
  at: number;
  /** The HTTP status, or 0 when no connection or no answer came. */
  status: number;
}

export interface ReaderLoad {
  answers: ReaderAnswer[];
  /** Stops the readers and waits for the requests under way. */
  stop(): Promise<void>;
}

/** Whether a reader got the page (a redirect to its canonical address counts). */
export const readerServed = (status: number) => status === 200 || status === 308;

/**
 * `readers` loops over `paths` through `origin`; every fourth request adds
 * a query string the proxy has not seen, so the instances keep working.
 */
export function startReaderLoad(origin: string, paths: string[], readers = 6): ReaderLoad {
  const answers: ReaderAnswer[] = [];
  let running = true;
  let n = 0;
  const loop = async () => {
    while (running) {
      const i = n++;
      const path = i % 4 === 0 ? `${paths[i % paths.length]}?reader=${i}` : paths[i % paths.length]!;
      // A connection cut mid-body (the proxy killed) is a failed answer too.
      const status = await fetch(`${origin}${path}`, {
        redirect: "manual",
        headers: { "accept-language": "en-GB,en;q=0.9" },
        signal: AbortSignal.timeout(10_000),
      })
        .then(async (response) => (await response.arrayBuffer(), response.status))
        .catch(() => 0);
      answers.push({ at: Date.now(), status });
      // A refused connection fails at once: without a pause the loop would spin.
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const loops = Array.from({ length: readers }, loop);
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** From the first failed answer at or after `since` to the last one: how long readers saw errors (0 if none). */
export function errorWindowMs(answers: ReaderAnswer[], since: number): number {
  const failed = answers.filter((answer) => answer.at >= since && !readerServed(answer.status));
  if (failed.length === 0) return 0;
  return failed.at(-1)!.at - failed[0]!.at;
}
