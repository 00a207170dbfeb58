import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/scripts/server/inline-script-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inline script hashes for reading pages", () => {
  it("hashes exactly the text of each inline script, once", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script>
      <script>self.__next_f.push([1,"a"])</script></head>
      <body><script>self.__next_f.push([1,"a"])</script><script nonce="x">self.__next_f.push([2,"سلام"])</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([1,"a"])'),
      sha('self.__next_f.push([2,"سلام"])'),
    ]);
  });

  it("leaves out data blocks such as JSON-LD, which never run", () => {
    const html =
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module">go()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha("go()")]);
  });

  it("gives nothing for a page without inline scripts", () => {
    expect(inlineScriptHashes("<p>text</p>")).toEqual([]);
  });
});
