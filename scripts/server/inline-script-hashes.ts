import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { embedFrameOrigins } from "@/lib/embeds/embed-frame-origins";
import { outgoingHeader } from "@/scripts/server/outgoing-header";
import { callbackOf, type ResponseStep } from "@/scripts/server/response-steps";

// Inline scripts that run: no src, and a JavaScript type (JSON-LD and other
// data blocks never execute, so they need no hash).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\stype=["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;

/** 'sha256-…' sources for every inline script in an HTML document, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_TYPE.test(attributes ?? "")) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(body ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

function decoded(body: Buffer, encoding: string): Buffer {
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  return body;
}

/** What a page's policy is built from: its inline scripts' hashes and its embeds' frame origins. */
export interface PageSources {
  hashes: string[];
  frames: string[];
}

// A cached page goes out many times with the same bytes, and so the same
// ETag (Next derives it from the body): its sources are worked out once.
const hashesByEtag = new Map<string, PageSources>();
const REMEMBERED_PAGES = 1_000;

function hashesOf(body: Buffer, response: { encoding: string; etag: string }): PageSources {
  const known = response.etag ? hashesByEtag.get(response.etag) : undefined;
  if (known) return known;
  let html = "";
  try {
    html = decoded(body, response.encoding).toString("utf8");
  } catch {
    // Undecodable: no hashes, so no inline script of it may run.
  }
  const hashes = { hashes: inlineScriptHashes(html), frames: embedFrameOrigins(html) };
  // A HEAD answer has no body to learn from (its ETag is left empty above).
  if (response.etag && body.length > 0) {
    if (hashesByEtag.size >= REMEMBERED_PAGES) hashesByEtag.delete(hashesByEtag.keys().next().value!);
    hashesByEtag.set(response.etag, hashes);
  }
  return hashes;
}

/**
 * Reading pages are rendered once and cached, so they cannot carry a
 * per-request nonce; their inline scripts (Next's RSC payload) differ per
 * page. This holds back each HTML response until its last byte, hashes the
 * inline scripts of exactly those bytes, and names the hashes in the
 * response's Content-Security-Policy (`policyWith(sources)`), so that no
 * other inline script can run, with the frame origins of the page's embeds. The bytes themselves are sent unchanged
 * (still compressed when Next compressed them). A 304 keeps the policy the
 * browser stored with the page.
 */
export function inlineScriptHashStep(
  req: IncomingMessage,
  res: ServerResponse,
  policyWith: (sources: PageSources) => string,
): ResponseStep {
  let holding: boolean | null = null;
  let headArgs: unknown[] | null = null;
  const chunks: Buffer[] = [];

  const decide = (rest: unknown[] = []): boolean => {
    if (holding !== null) return holding;
    const type = outgoingHeader(res, rest, "content-type");
    if (res.statusCode === 304) res.removeHeader("content-security-policy");
    holding = res.statusCode !== 304 && type.includes("text/html");
    return holding;
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
    );
  };

  return {
    writeHead: (next, status, ...rest) => {
      res.statusCode = status;
      if (!decide(rest)) return next.writeHead(status, ...rest);
      headArgs = rest;
      return res;
    },
    write: (next, chunk, ...rest) => {
      if (!decide()) return next.write(chunk, ...rest);
      collect(chunk, rest[0]);
      callbackOf(rest)?.();
      return true;
    },
    end: (next, ...args) => {
      if (!decide()) return next.end(...args);
      collect(args[0], args[1]);
      const body = Buffer.concat(chunks);
      const hashes = hashesOf(body, {
        encoding: outgoingHeader(res, headArgs ?? [], "content-encoding"),
        etag: req.method === "HEAD" ? "" : outgoingHeader(res, headArgs ?? [], "etag"),
      });
      res.setHeader("Content-Security-Policy", policyWith(hashes));
      if (headArgs) next.writeHead(res.statusCode, ...headArgs);
      return next.end(req.method === "HEAD" ? undefined : body, callbackOf(args));
    },
  };
}
