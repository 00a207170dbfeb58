import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { arabicOnlyStory, bilingualStory, storyUrl } from "./demo-stories";

// Its own server and database, so that stopping the database here does
// not disturb the other specs.
// Beside the main test server's port, so parallel runs on other ports never meet.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const origin = `http://localhost:${PORT}`;

test.describe.configure({ mode: "serial" });

let database: { url: string; stop: () => Promise<void> } | undefined;
let server: ChildProcess | undefined;
let dataDir = "";

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "news-outage-"));
  database = await startEmbeddedPostgres({ dataDir, port: PORT + 20000, database: "news", throwaway: true });
  server = spawn("npx", ["tsx", "scripts/serve.ts"], {
    // Same public origin as the main test server: both share .next's page
    // cache on disk, and the seed is the same, so pages stay interchangeable.
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(PORT),
      SITE_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    },
    stdio: "ignore",
    detached: true,
  });
  await waitForServer(`${origin}/en`);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await database?.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

test("cached pages keep being served and others answer a localized 503 while the database is down", async ({
  page,
  browser,
}) => {
  const cachedUrl = `${origin}${storyUrl(bilingualStory, "en")}`;
  const headline = bilingualStory.translations.en!.headline;
  await page.goto(cachedUrl);
  await expect(page.locator("h1")).toHaveText(headline);

  await database!.stop();

  const cached = await page.goto(cachedUrl);
  expect(cached?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(headline);

  // The 503 page says what happened even where no script runs.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const uncached = await plain.goto(`${origin}${storyUrl(arabicOnlyStory, "ar")}`);
  expect(uncached?.status()).toBe(503);
  expect(uncached?.headers()["retry-after"]).toBe("30");
  await expect(plain.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(plain.locator("h1")).toHaveText("حدث خطأ ما");
  await expect(plain.locator("p").first()).toContainText("غير متاحة مؤقتًا");
  const html = await plain.content();
  expect(html).not.toMatch(/ECONNREFUSED|node_modules|at async|Prisma/);
  await noScript.close();
});
