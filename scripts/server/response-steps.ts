import type { ServerResponse } from "node:http";

type WriteHead = (status: number, ...rest: unknown[]) => ServerResponse;
type Write = (...args: unknown[]) => boolean;
type End = (...args: unknown[]) => ServerResponse;

/** The response's methods as the steps closer to the socket handle them. */
export interface Downstream {
  writeHead: WriteHead;
  write: Write;
  end: End;
}

/**
 * One thing the server does to Next's responses on their way out (adjust the
 * status and headers, hold the body back, swap it for another page). Each
 * hook receives Next's call, or the call of the step after it, and passes on
 * to `next` what it lets through, whenever it chooses to.
 */
export interface ResponseStep {
  writeHead?: (next: Downstream, status: number, ...rest: unknown[]) => ServerResponse;
  write?: (next: Downstream, ...args: unknown[]) => boolean;
  end?: (next: Downstream, ...args: unknown[]) => ServerResponse;
}

/**
 * Puts `steps` between Next and the socket, the first closest to the socket:
 * it sees the status, headers and bytes that actually leave, whichever later
 * step chose them. Steps added by a later call sit further from the socket.
 */
export function addResponseSteps(res: ServerResponse, steps: (ResponseStep | null)[]): void {
  for (const step of steps) {
    if (!step) continue;
    const next: Downstream = {
      writeHead: res.writeHead.bind(res) as WriteHead,
      write: res.write.bind(res) as Write,
      end: res.end.bind(res) as End,
    };
    const { writeHead, write, end } = step;
    if (writeHead) {
      res.writeHead = ((status: number, ...rest: unknown[]) =>
        writeHead(next, status, ...rest)) as ServerResponse["writeHead"];
    }
    if (write) res.write = ((...args: unknown[]) => write(next, ...args)) as ServerResponse["write"];
    if (end) res.end = ((...args: unknown[]) => end(next, ...args)) as ServerResponse["end"];
  }
}

/** The callback a write or end was given, if any: a step that swallows the call still owes it. */
export function callbackOf(args: readonly unknown[]): (() => void) | undefined {
  return args.find((arg) => typeof arg === "function") as (() => void) | undefined;
}
