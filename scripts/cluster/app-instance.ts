// One app instance: scripts/serve.ts (the production server) on its own port,
// run by node itself with tsx's loader, so that its pid is the server's own
// (the tests kill it) and not an npx wrapper's.
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  spawnLogged,
  waitUntilAnswering,
  type LogOptions,
  type LoggedProcess,
} from "@/scripts/cluster/logged-process";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface AppInstance {
  name: string;
  url: string;
  port: number;
  /** The current run (a new one after each restart). */
  process: LoggedProcess;
  /** SIGKILL: the instance dies as in a crash, without closing its connections. */
  kill(): void;
  stop(): Promise<void>;
  /** Starts it again on the same port (the proxy's backend), once the last run has ended. */
  restart(): Promise<void>;
}

export async function startAppInstance(
  name: string,
  port: number,
  env: Record<string, string | undefined>,
  logs: LogOptions,
): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const launch = async () => {
    const running = spawnLogged(name, process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      ...logs,
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    });
    try {
      await waitUntilAnswering(`${url}/api/health`, running);
    } catch (error) {
      // One that never answered must not hold the port for the next try.
      await running.stop(1_000);
      throw error;
    }
    return running;
  };
  const instance: AppInstance = {
    name,
    url,
    port,
    process: await launch(),
    kill: () => instance.process.child.kill("SIGKILL"),
    stop: () => instance.process.stop(),
    async restart() {
      instance.process = await launch();
    },
  };
  return instance;
}
