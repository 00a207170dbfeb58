// A few readers fetching one page continuously, each on its own kept-alive
// connection, recording when each request went out, when its answer came
// and its status. wrk gives a distribution, not a timeline: these give the
// moment each reader first saw an unpublished story go.
import { Agent, request } from "node:http";

export interface ReaderAnswer {
  reader: number;
  /** performance.now() when the request was sent and when its answer ended; status 0 for a failed request. */
  sentAt: number;
  answeredAt: number;
  status: number;
}

function get(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent, headers: { "accept-encoding": "gzip" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    req.on("error", () => resolve(0));
    req.end();
  });
}

/** Starts `count` reader loops on `url`; stop() ends them and returns every answer. */
export function startReaderLoops(url: string, count: number): { stop: () => Promise<ReaderAnswer[]> } {
  const agent = new Agent({ keepAlive: true, maxSockets: count });
  const answers: ReaderAnswer[] = [];
  let running = true;
  const loop = async (reader: number) => {
    while (running) {
      const sentAt = performance.now();
      const status = await get(url, agent);
      answers.push({ reader, sentAt, answeredAt: performance.now(), status });
      // A failed connection is retried after a pause, not in a tight loop.
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const loops = Array.from({ length: count }, (_, reader) => loop(reader));
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return answers;
    },
  };
}
