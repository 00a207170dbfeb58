import type { ServerResponse } from "node:http";

/**
 * A response header as it will go out: set with `setHeader`, or passed to
 * `writeHead(status, [message], headers)` (whose `args` are given), in any
 * letter case. Empty when neither has it.
 */
export function outgoingHeader(res: ServerResponse, args: readonly unknown[], name: string): string {
  const set = res.getHeader(name);
  if (set !== undefined) return String(set);
  const headers = args.find(
    (arg): arg is Record<string, unknown> => typeof arg === "object" && arg !== null && !Array.isArray(arg),
  );
  const key = headers && Object.keys(headers).find((each) => each.toLowerCase() === name);
  return key ? String(headers[key] ?? "") : "";
}
