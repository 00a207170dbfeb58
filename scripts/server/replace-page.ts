import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseRecentlyUnavailable } from "@/lib/db/availability";
import type { ActionCallRecord } from "@/lib/http/action-call";
import { refusalLocale, refusalPage, type RefusalKind } from "@/lib/http/refusal-page";
import { callbackOf, type Downstream, type ResponseStep } from "@/scripts/server/response-steps";

type Replacement = { status: number; kind: RefusalKind } | null;

/**
 * Lets the server swap Next's body for one of its static refusal pages,
 * chosen from the status and headers Next is about to send. Used where
 * Next's own answer is no use to a person: the 503 error page that only
 * shows text once JavaScript runs, and the bare text/plain answer to a form
 * posted by a previous build.
 */
export function pageReplacementStep(
  req: IncomingMessage,
  res: ServerResponse,
  choose: (status: number, res: ServerResponse) => Replacement,
): ResponseStep {
  // Decided once, at the first of writeHead / write / end, so that Node's
  // implicit writeHead inside end() never re-enters a replacement.
  let decided = false;
  let replacement: Replacement = null;

  const decide = (next: Downstream, status: number): Replacement => {
    if (decided || res.headersSent) return replacement;
    decided = true;
    replacement = choose(status, res);
    if (!replacement) return null;
    const html = refusalPage(replacement.kind, refusalLocale(req.url ?? "/", req.headers));
    // Next's (possibly gzipped) body is dropped, so its framing goes too.
    for (const header of ["content-length", "content-encoding", "etag", "transfer-encoding", "vary"]) {
      res.removeHeader(header);
    }
    next.writeHead(replacement.status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(html),
      "cache-control": "no-store",
      ...(replacement.status === 503 ? { "retry-after": "30" } : {}),
    });
    next.end(req.method === "HEAD" ? undefined : html);
    return replacement;
  };

  return {
    writeHead: (next, status, ...rest) => (decide(next, status) ? res : next.writeHead(status, ...rest)),
    write: (next, ...args) => (decide(next, res.statusCode) ? true : next.write(...args)),
    end: (next, ...args) => {
      if (!decide(next, res.statusCode)) return next.end(...args);
      callbackOf(args)?.();
      return res;
    },
  };
}

function isPageLoad(req: IncomingMessage): boolean {
  return !req.headers.rsc && !req.headers["next-action"];
}

/**
 * A page that failed for lack of a database (the same test the response
 * policy uses to answer 503): the static localized 503 page, readable
 * without JavaScript, where Next's error page shows text only once it runs.
 */
export function unavailablePage(req: IncomingMessage) {
  return (status: number, res: ServerResponse): Replacement =>
    status >= 500 &&
    databaseRecentlyUnavailable() &&
    (req.method === "GET" || req.method === "HEAD") &&
    isPageLoad(req) &&
    String(res.getHeader("content-type") ?? "text/html").includes("text/html")
      ? { status: 503, kind: "unavailable" }
      : null;
}

/**
 * A plain form (no JavaScript) posted with an action id this build does not
 * know, typically rendered by the previous deploy: Next answers a bare
 * text/plain 400/409; the person gets a localized "please reload" page.
 * Script-driven posts keep Next's answer, whose header the client router
 * reads (the error page then says the same thing).
 */
export function staleActionPage(req: IncomingMessage) {
  return (status: number, res: ServerResponse): Replacement =>
    (status === 409 || status === 400) &&
    isPageLoad(req) &&
    res.getHeader("x-nextjs-action-not-found") === "1"
      ? { status: 409, kind: "staleAction" }
      : null;
}

const FORM_TYPES = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)\s*(?:;|$)/i;

/** A post that Next may take for a Server Action: the script's header, or a page's form (no JavaScript). */
function isActionPost(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  if (req.headers["next-action"] !== undefined) return true;
  // Route handlers under /api/ read their own forms and answer their own 400s.
  return !(req.url ?? "").startsWith("/api/") && FORM_TYPES.test(req.headers["content-type"] ?? "");
}

/**
 * A Server Action post Next could not decode (a broken multipart body, an
 * argument list that is not JSON, a no-JavaScript form's hidden state
 * mangled): Next answers 500 before any action of ours starts, though the
 * request is at fault. The person gets the localized 400 page instead; a
 * 500 after one of our actions started stays a server error.
 */
export function malformedActionPage(req: IncomingMessage, call: ActionCallRecord) {
  return (status: number): Replacement =>
    status >= 500 && !call.started && isActionPost(req) && !databaseRecentlyUnavailable()
      ? { status: 400, kind: "unsupportedType" }
      : null;
}
