import { describe, expect, it } from "vitest";
import { bodyLimitFor } from "@/scripts/server/body-limits";
import { TEXT_CAPS, TEXT_FORM_BYTES } from "@/lib/newsroom/editor/text-caps";
import { refusalPage } from "@/lib/http/refusal-page";
import { configuredOrigins, isSameOrigin } from "@/lib/http/same-origin";
import { contentSecurityPolicy, withScriptHashes } from "@/lib/http/content-security-policy";
import { baseSecurityHeaders } from "@/lib/http/static-headers";

describe("same-origin posts", () => {
  const allowed = configuredOrigins({
    SITE_URL: "https://news.example",
    ALLOWED_ORIGINS: "https://second.example",
  });

  it("accepts the request's own host, whatever name it was reached by", () => {
    expect(isSameOrigin("http://127.0.0.1:3000", "127.0.0.1:3000", allowed)).toBe(true);
    expect(isSameOrigin("http://localhost:3000", "localhost:3000", allowed)).toBe(true);
  });

  it("accepts SITE_URL and ALLOWED_ORIGINS, and no Origin at all (not a browser)", () => {
    expect(isSameOrigin("https://news.example", "10.0.0.5:3000", allowed)).toBe(true);
    expect(isSameOrigin("https://second.example", "10.0.0.5:3000", allowed)).toBe(true);
    expect(isSameOrigin(undefined, "localhost:3000", allowed)).toBe(true);
  });

  it("refuses another site, a different port and the opaque origin 'null'", () => {
    expect(isSameOrigin("https://evil.example", "localhost:3000", allowed)).toBe(false);
    expect(isSameOrigin("http://localhost:4000", "localhost:3000", allowed)).toBe(false);
    expect(isSameOrigin("null", "localhost:3000", allowed)).toBe(false);
  });
});

describe("body limits per route", () => {
  it("keeps votes and reports tiny, comments small and uploads at 5 MB plus the form", () => {
    expect(bodyLimitFor("/api/comments/vote")).toBe(1024);
    expect(bodyLimitFor("/api/comments/report")).toBe(1024);
    expect(bodyLimitFor("/ar/story/%D8%AE%D8%A8%D8%B1")).toBe(16 * 1024);
    expect(bodyLimitFor("/en/story/a-story/comments/2")).toBe(16 * 1024);
    expect(bodyLimitFor("/en/newsroom/sign-in")).toBe(8 * 1024);
    expect(bodyLimitFor("/en/newsroom/stories/new")).toBeGreaterThan(5 * 1024 * 1024);
    expect(bodyLimitFor("/ar/newsroom/stories/12")).toBeGreaterThan(5 * 1024 * 1024);
    // The translation editor: every text field at its cap, twice (the form's previous state).
    expect(bodyLimitFor("/ar/newsroom/stories/12/en")).toBe(TEXT_FORM_BYTES);
    expect(TEXT_FORM_BYTES).toBeGreaterThan(2 * 3 * TEXT_CAPS.body);
    expect(bodyLimitFor("/en/newsroom/comments")).toBe(64 * 1024);
  });
});

describe("security headers", () => {
  it("gives newsroom and preview pages a fresh nonce with strict-dynamic and no unsafe-inline", () => {
    const first = contentSecurityPolicy("/en/newsroom/stories", false);
    const second = contentSecurityPolicy("/ar/preview/3", false);
    expect(first.nonce).toBeTruthy();
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.policy).toContain(`script-src 'nonce-${first.nonce}' 'strict-dynamic'`);
    expect(first.policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("allows cacheable reading pages only their own inline scripts, by hash", () => {
    const { policy, nonce } = contentSecurityPolicy("/en/story/a-story", false);
    expect(nonce).toBeNull();
    expect(policy).toMatch(/^script-src 'self';/);
    expect(withScriptHashes(["'sha256-abc='"], false)).toMatch(/^script-src 'self' 'sha256-abc=';/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it("sends HSTS only over HTTPS", () => {
    expect(baseSecurityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(baseSecurityHeaders(true)["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });
});

describe("refusal pages", () => {
  it("are localized, right-to-left in Arabic, and carry no script", () => {
    const arabic = refusalPage("tooLarge", "ar");
    expect(arabic).toContain('dir="rtl"');
    expect(arabic).toContain("كبير جدًا");
    expect(refusalPage("staleAction", "en")).toContain("This page was updated");
    expect(arabic).not.toContain("<script");
  });
});
