import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { requestFacts } from "@/lib/http/client-ip";
import { secureCookies } from "@/scripts/server/request-context";
import { trustedProxies, trustedProxiesProblem } from "@/lib/http/trusted-proxies";
import { readEnv } from "@/lib/env";

const forwarded = {
  host: "10.0.0.5:3000",
  "x-forwarded-for": "198.51.100.7, 203.0.113.9",
  "x-forwarded-host": "news.example",
  "x-forwarded-proto": "https",
};

describe("which peers may speak for the client (TRUSTED_PROXIES)", () => {
  it("trusts nobody when unset, so a client cannot choose its address, host or scheme", () => {
    const facts = requestFacts("203.0.113.9", false, forwarded, trustedProxies(undefined));
    expect(facts).toEqual({ clientIp: "203.0.113.9", host: "10.0.0.5:3000", https: false });
  });

  it("believes X-Forwarded-* from a listed address, CIDR range or loopback", () => {
    const proxies = trustedProxies("loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.1");
    for (const peer of ["127.0.0.1", "::ffff:127.0.0.1", "::1", "10.20.30.40", "2001:db8::7", "192.0.2.1"]) {
      expect(proxies.trusts(peer), peer).toBe(true);
    }
    for (const peer of ["11.0.0.1", "192.0.2.2", "2001:db9::1", "not-an-address"]) {
      expect(proxies.trusts(peer), peer).toBe(false);
    }
  });

  it("takes the rightmost untrusted X-Forwarded-For hop as the client, with the forwarded host and scheme", () => {
    const proxies = trustedProxies("10.0.0.0/8, 203.0.113.9");
    const facts = requestFacts("::ffff:10.1.1.1", false, forwarded, proxies);
    expect(facts).toEqual({ clientIp: "198.51.100.7", host: "news.example", https: true });
  });

  it("ignores addresses a client wrote at the left of the chain", () => {
    const proxies = trustedProxies("10.0.0.1");
    const facts = requestFacts("10.0.0.1", false, { "x-forwarded-for": "1.2.3.4, 198.51.100.7" }, proxies);
    expect(facts.clientIp).toBe("198.51.100.7");
  });

  it("keeps the connection's own scheme when a trusted proxy sends none", () => {
    const facts = requestFacts("127.0.0.1", true, { host: "a.example" }, trustedProxies("loopback"));
    expect(facts).toEqual({ clientIp: "127.0.0.1", host: "a.example", https: true });
  });

  it("refuses a malformed setting at start-up", () => {
    expect(trustedProxiesProblem("10.0.0.0/8, loopback")).toBeNull();
    expect(trustedProxiesProblem("10.0.0.0/33")).toMatch(/prefix/);
    expect(trustedProxiesProblem("proxy.internal")).toMatch(/not an address/);
    expect(() => readEnv({ TRUSTED_PROXIES: "10.0.0.0/99" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => readEnv({ ALLOWED_ORIGINS: "not a url" })).toThrow(/ALLOWED_ORIGINS/);
  });
});

describe("Secure cookies follow the request's scheme", () => {
  function responseSetting(cookies: string[]): ServerResponse {
    const res = new ServerResponse(new IncomingMessage(new Socket()));
    res.setHeader("set-cookie", cookies);
    return res;
  }

  it("marks every cookie Secure on HTTPS, once", () => {
    const res = responseSetting(["reader=1; Path=/; HttpOnly", "session=2; Path=/; Secure"]);
    secureCookies(res, true);
    expect(res.getHeader("set-cookie")).toEqual([
      "reader=1; Path=/; HttpOnly; Secure",
      "session=2; Path=/; Secure",
    ]);
  });

  it("leaves them alone over plain HTTP, where a Secure cookie would be dropped", () => {
    const res = responseSetting(["reader=1; Path=/"]);
    secureCookies(res, false);
    expect(res.getHeader("set-cookie")).toEqual(["reader=1; Path=/"]);
  });
});
