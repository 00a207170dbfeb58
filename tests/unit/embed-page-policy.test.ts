import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withScriptHashes } from "@/lib/http/content-security-policy";
import { inlineScriptHashStep } from "@/scripts/server/inline-script-hashes";
import { addResponseSteps } from "@/scripts/server/response-steps";

// The server step that hashes a reading page's inline scripts also names its
// embeds' frame origins, read from the very bytes sent (compressed or not).
const PAGES: Record<string, { html: string; gzip?: boolean }> = {
  "/tiktok": { html: '<main><figure class="story-embed" data-embed-provider="tiktok"></figure></main>' },
  "/two": {
    html: '<figure data-embed-provider="instagram"></figure><figure data-embed-provider="facebook"></figure>',
    gzip: true,
  },
  "/none": { html: "<main><p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p></main>" },
};

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    addResponseSteps(res, [
      inlineScriptHashStep(req, res, ({ hashes, frames }) => withScriptHashes(hashes, false, frames)),
    ]);
    const page = PAGES[req.url ?? ""]!;
    // As Next answers: the head first, then the body.
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      etag: `"${req.url}"`,
      ...(page.gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(page.gzip ? gzipSync(page.html) : page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const frameSrc = async (path: string) =>
  (await fetch(base + path)).headers
    .get("content-security-policy")
    ?.split("; ")
    .filter((directive) => directive.startsWith("frame-src"));

describe("a reading page's frame-src", () => {
  it("lists exactly the origins of the embeds in the page's bytes, compressed or not", async () => {
    expect(await frameSrc("/tiktok")).toEqual(["frame-src https://www.tiktok.com"]);
    expect(await frameSrc("/two")).toEqual(["frame-src https://www.instagram.com https://www.facebook.com"]);
    // Twice: the second answer comes from what was remembered by the page's ETag.
    expect(await frameSrc("/two")).toEqual(["frame-src https://www.instagram.com https://www.facebook.com"]);
  });

  it("is absent from a page without embeds, which then frames nothing", async () => {
    expect(await frameSrc("/none")).toEqual([]);
  });
});
