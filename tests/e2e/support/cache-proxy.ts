import { createServer, type Server, type Socket, connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { startVarnish, type RunningVarnish } from "@/scripts/cache-proxy/varnish";

export const appPort = Number(process.env.E2E_PORT ?? 3100);
/** Where the e2e server sends its purges (CACHE_PROXY_PURGE_URLS in playwright.config.ts). */
export const proxyPort = appPort + 1;
export const proxySecret = "e2e-cache-proxy-secret";
const relayPort = appPort + 2;

/**
 * A TCP relay between Varnish and the e2e server: closing it is, for the
 * proxy, the app going down, without stopping the server other specs use.
 */
function startRelay(): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(appPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(relayPort, "127.0.0.1", () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      }),
    ),
  );
}

export interface CacheProxy {
  url: string;
  varnish: RunningVarnish;
  /** Requests the proxy has sent to the app so far. */
  appRequests(): number;
  stopApp(): Promise<void>;
  /** The app reachable again, as after stopApp. */
  resumeApp(): Promise<void>;
  stop(): Promise<void>;
}

export async function startCacheProxy(): Promise<CacheProxy> {
  let relay = await startRelay();
  const varnish = await startVarnish({
    listen: `127.0.0.1:${proxyPort}`,
    backends: [{ host: "127.0.0.1", port: relayPort }],
    secret: proxySecret,
    workdir: path.join(os.tmpdir(), `news-e2e-varnish-${appPort}`),
    storage: "malloc,64m",
    // This proxy stands where a CDN would have it: the tests, on loopback,
    // are the CDN, and see the surrogate keys (the cluster's readers do not).
    upstreams: ["127.0.0.1", "::1"],
  });
  let relayOpen = true;
  const stopApp = async () => {
    if (relayOpen) await relay.close();
    relayOpen = false;
  };
  const resumeApp = async () => {
    if (!relayOpen) relay = await startRelay();
    relayOpen = true;
  };
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    varnish,
    appRequests: () => varnish.counter("backend_req"),
    stopApp,
    resumeApp,
    async stop() {
      await stopApp();
      await varnish.stop();
    },
  };
}
