import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import {
  E2E_COMMENT_MIN_SECONDS,
  E2E_METRICS_TOKEN,
  e2ePort as port,
  e2eSmtpPort,
} from "./tests/e2e/support/e2e-server";
import { CHROMIUM_FLAGS, chromiumPath } from "./tests/support/debian-chromium";

const baseURL = `http://localhost:${port}`;
// scripts/e2e/run-shards.ts starts several runs at once: each writes its own.
const run = process.env.E2E_RUN ? `/run-${process.env.E2E_RUN}` : "";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results${run}`,
  fullyParallel: false,
  // Two runs share the machine's cores (scripts/e2e/run-shards.ts): a test
  // gets a minute, not Playwright's default 30 s, before it counts as hung.
  timeout: 60_000,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: `playwright-report${run}` }]],
  use: {
    baseURL,
    // A click or fill that cannot happen fails within a minute instead of holding the run until the test's own timeout.
    actionTimeout: 60_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build (npm run test:e2e builds first) on a fresh
    // embedded database, unless DATABASE_URL points at a server.
    command: "npx tsx scripts/serve.ts",
    url: `${baseURL}/en`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      SITE_URL: baseURL,
      EMBEDDED_PG_DIR: path.join(os.tmpdir(), `news-e2e-${process.pid}`),
      EMBEDDED_PG_PORT: String(port + 20000),
      // A test run's database, deleted afterwards: no flush to disk per commit.
      EMBEDDED_PG_THROWAWAY: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      // Runs started at once share one build: none may read another's pages from it.
      NEXT_CACHE_ON_DISK: "0",
      SEED_DEMO_ACCOUNTS: "1",
      COMMENT_MIN_SECONDS: String(E2E_COMMENT_MIN_SECONDS),
      // The proxy keeps the most-read fragment this long: seconds here, so
      // tests/e2e/most-read-proxy.spec.ts sees reads arrive without waiting minutes.
      MOST_READ_REFRESH_SECONDS: "2",
      // The caching proxy that tests/e2e/cache-proxy.spec.ts starts on the
      // next port: the server keys its pages and purges it (and, while
      // nothing listens there, records the refused purges).
      CACHE_PROXY_PURGE_URLS: `http://127.0.0.1:${port + 1}/`,
      CACHE_PROXY_SECRET: "e2e-cache-proxy-secret",
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      METRICS_TOKEN: E2E_METRICS_TOKEN,
      // One JSON line per request would bury the run's report; problems still show.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
