import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import { describe, expect, it } from "vitest";
import {
  ANSWER_SELECTING_HEADERS,
  ANSWER_SELECTING_USER_AGENTS,
  INTERNAL_REQUEST_HEADERS,
  isInternalResponseHeader,
} from "@/lib/http/header-rules";
import { edgeFromEnv, renderVcl } from "@/scripts/cache-proxy/varnish";

const vcl = renderVcl({
  listen: "127.0.0.1:3000",
  secret: "s3cret",
  workdir: "/tmp/unused",
  backends: [{ host: "127.0.0.1", port: 3001 }],
  upstreams: ["198.51.100.0/24"],
});

describe("which request headers choose an answer", () => {
  it("are the ones Next varies its pages on, and the router's Next-Url", () => {
    expect(ANSWER_SELECTING_HEADERS).toEqual(
      expect.arrayContaining([
        "rsc",
        "next-router-state-tree",
        "next-router-prefetch",
        "next-router-segment-prefetch",
        "next-url",
      ]),
    );
  });

  it("are each part of the proxy's cache key, as are the scheme and host it wrote", () => {
    const hash = /sub vcl_hash \{([\s\S]*?)\n\}/.exec(vcl)![1]!;
    for (const name of ANSWER_SELECTING_HEADERS) expect(hash).toContain(`req.http.${name});`);
    expect(hash).toContain("hash_data(req.http.X-Forwarded-Proto);");
    expect(hash).toContain("hash_data(req.http.X-Forwarded-Host);");
  });

  it("tell the kinds of client Next renders other HTML for exactly as Next does", () => {
    const kind = (userAgent: string) => {
      const matches = Object.entries(ANSWER_SELECTING_USER_AGENTS)
        .filter(([, pattern]) => new RegExp(pattern, "i").test(userAgent))
        .map(([name]) => name);
      return matches.includes("dom-bot") ? "dom" : matches.includes("html-limited-bot") ? "html" : undefined;
    };
    for (const userAgent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Googlebot-Image/1.0",
      "Googlebot",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "WhatsApp/2.24.1 A",
      "Twitterbot/1.0",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
      "curl/8.5.0",
      "",
    ]) {
      expect(kind(userAgent), userAgent).toBe(getBotType(userAgent));
    }
  });
});

describe("internal headers", () => {
  it("are dropped from every request the proxy receives", () => {
    const dropped = /sub drop_internal_request_headers \{([\s\S]*?)\n\}/.exec(vcl)![1]!;
    for (const name of INTERNAL_REQUEST_HEADERS) expect(dropped).toContain(`unset req.http.${name};`);
    for (const name of ["x-middleware-subrequest", "x-now-route-matches", "x-news-client-ip", "forwarded"]) {
      expect(INTERNAL_REQUEST_HEADERS).toContain(name);
    }
  });

  it("include every middleware header, Next's cache tags and its cache state, not what its router reads", () => {
    for (const name of [
      "x-middleware-rewrite",
      "X-Middleware-Request-Cookie",
      "x-next-cache-tags",
      "x-nextjs-cache",
    ]) {
      expect(isInternalResponseHeader(name), name).toBe(true);
    }
    for (const name of ["x-nextjs-stale-time", "x-nextjs-prerender", "content-security-policy", "vary"]) {
      expect(isInternalResponseHeader(name), name).toBe(false);
    }
  });

  it("never leave the proxy, and the surrogate keys only towards the CDN's addresses", () => {
    const deliver = /sub vcl_deliver \{([\s\S]*?)\n\}/.exec(vcl)![1]!;
    expect(deliver).toContain("unset resp.http.xkey;");
    expect(deliver).toContain("unset resp.http.x-middleware-rewrite;");
    expect(deliver).toMatch(
      /if \(!\(client\.ip ~ upstreams\)\) \{\s+unset resp\.http\.Surrogate-Key;\s+unset resp\.http\.Cache-Tag;/,
    );
    expect(/acl upstreams \{([\s\S]*?)\}/.exec(vcl)![1]).toContain('"198.51.100.0"/24;');
  });
});

describe("the proxy's edge settings", () => {
  it("read a TLS terminator's listener and a CDN's ranges, and refuse what varnishd could not", () => {
    expect(
      edgeFromEnv({ PROXY_TLS_LISTEN: "127.0.0.1:8443", CDN_ADDRESSES: "198.51.100.0/24, 2001:db8::/32" }),
    ).toEqual({
      tlsListen: "127.0.0.1:8443",
      upstreams: ["198.51.100.0/24", "2001:db8::/32"],
    });
    expect(edgeFromEnv({})).toEqual({ tlsListen: undefined, upstreams: [] });
    expect(() => edgeFromEnv({ CDN_ADDRESSES: "cdn.example" })).toThrow(/acl/);
    expect(() => edgeFromEnv({ PROXY_TLS_LISTEN: "8443" })).toThrow(/PROXY_TLS_LISTEN/);
  });
});
