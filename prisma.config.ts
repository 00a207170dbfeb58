import { defineConfig } from "prisma/config";

// For the Prisma CLI only, on machines that can download its engines: the
// app connects through lib/db/client.ts (driver adapter), and migrations run
// through scripts/db-migrate.ts (Prisma's schema engine compiled to Wasm).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
