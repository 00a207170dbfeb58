// `npm run start:proxy`: the site behind its caching proxy on one machine.
// Varnish listens on PORT (default 3000) and forwards to `npm start`'s
// server on APP_PORT (default PORT + 1), which purges it on every change.
// Ctrl-C stops both.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { edgeFromEnv, startVarnish } from "@/scripts/cache-proxy/varnish";

const port = Number(process.env.PORT ?? 3000);
const appPort = Number(process.env.APP_PORT ?? port + 1);
const host = process.env.HOST ?? "localhost";
const secret = process.env.CACHE_PROXY_SECRET ?? randomBytes(24).toString("hex");

async function waitForApp(): Promise<void> {
  for (;;) {
    const up = await fetch(`http://${host}:${appPort}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<void> {
  const app = spawn("npx", ["tsx", "scripts/serve.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(appPort),
      SITE_URL: process.env.SITE_URL ?? `http://${host}:${port}`,
      CACHE_PROXY_PURGE_URLS: `http://127.0.0.1:${port}/`,
      CACHE_PROXY_SECRET: secret,
      // The proxy writes X-Forwarded-* itself (scripts/cache-proxy/site.vcl).
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
    },
  });
  app.once("exit", (code) => process.exit(code ?? 1));
  await waitForApp();
  const varnish = await startVarnish({
    listen: `${host === "localhost" ? "127.0.0.1" : host}:${port}`,
    backends: [{ host: "127.0.0.1", port: appPort }],
    secret,
    workdir: path.join(os.tmpdir(), `news-varnish-${port}`),
    ...edgeFromEnv(),
  });
  console.log(`Caching proxy on http://${host}:${port} in front of port ${appPort}`);
  const stop = async () => {
    await varnish.stop();
    app.kill("SIGTERM");
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
