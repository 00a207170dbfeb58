import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // lib/ modules guard against client bundles with "server-only"; tests run on the server.
      "server-only": path.join(root, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    // The app's JSON log lines would bury the report; a test that reads them captures its own.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Pure functions: no database and no other program (pg_dump, Java,
        // Varnish, Redis; tests/unit/unit-tests-need-no-tools.test.ts), so
        // they run on any machine with Node alone.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Only this project starts PostgreSQL.
          globalSetup: ["tests/setup/global-database.ts"],
          // Integration files share one database; the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
