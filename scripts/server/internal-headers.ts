import type { ServerResponse } from "node:http";
import { isInternalResponseHeader } from "@/lib/http/header-rules";
import type { ResponseStep } from "@/scripts/server/response-steps";

/** Removes internal names from a `writeHead(status, [message], headers)` headers argument. */
function withoutInternal(arg: unknown): unknown {
  if (Array.isArray(arg)) {
    // [[name, value], …]
    return arg.filter((pair) => !(Array.isArray(pair) && isInternalResponseHeader(String(pair[0]))));
  }
  if (typeof arg === "object" && arg !== null) {
    return Object.fromEntries(Object.entries(arg).filter(([name]) => !isInternalResponseHeader(name)));
  }
  return arg;
}

/**
 * Next leaves some of its own headers on responses: `x-middleware-rewrite`
 * names the instance's internal address after a proxy.ts rewrite, and
 * `x-nextjs-cache` tells its cache's state. None is meant for a reader, so
 * none leaves, whether a reader asks an instance or the caching proxy.
 */
export function internalHeadersStep(res: ServerResponse): ResponseStep {
  return {
    writeHead: (next, status, ...rest) => {
      for (const name of res.getHeaderNames()) {
        if (isInternalResponseHeader(name)) res.removeHeader(name);
      }
      return next.writeHead(status, ...rest.map(withoutInternal));
    },
  };
}
