import type { ServerResponse } from "node:http";

/**
 * Lets the server adjust status and headers just before they are sent,
 * whichever way Next sends them (writeHead directly or implicitly on the
 * first write).
 */
export function beforeWriteHead(res: ServerResponse, adjust: (status: number) => number): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(adjust(status), ...rest)) as ServerResponse["writeHead"];
}
