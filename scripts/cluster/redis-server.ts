// Debian's redis-server as a plain foreground child: an in-memory cache
// (nothing saved to disk), on loopback only.
import { spawnLogged, type LogOptions, type LoggedProcess } from "@/scripts/cluster/logged-process";
import { createConnection } from "node:net";

export interface RunningRedis {
  url: string;
  port: number;
  /** SIGSTOP: the server keeps its data but answers nothing (as behind a dead network). */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
  /** Sends SIGTERM without waiting (for a process about to exit). */
  terminate(): void;
  /** Starts it again on the same port after `stop()` or a death (empty). */
  start(): Promise<void>;
  /** Resolves when the current run has ended. */
  exited(): Promise<void>;
  /** SIGKILL: dies as in a crash. */
  kill(): void;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" }, () => {
      socket.end("PING\r\n");
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

export async function startRedisServer(port: number, logs: LogOptions): Promise<RunningRedis> {
  let running: LoggedProcess | null = null;
  const start = async () => {
    running = spawnLogged(
      "redis",
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      logs,
    );
    const starting: LoggedProcess = running;
    const exitedEarly = starting.exited.then(() => true);
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await accepts(port)) return;
      if (await Promise.race([exitedEarly, new Promise((r) => setTimeout(() => r(false), 100))])) {
        throw new Error("redis-server exited while starting (is Debian's redis-server installed?)");
      }
    }
    await starting.stop(1_000);
    throw new Error(`redis-server did not listen on port ${port}`);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pause: () => running?.child.kill("SIGSTOP"),
    resume: () => running?.child.kill("SIGCONT"),
    async stop() {
      running?.child.kill("SIGCONT");
      await running?.stop();
    },
    terminate() {
      running?.child.kill("SIGCONT");
      running?.child.kill("SIGTERM");
    },
    start,
    exited: () => running?.exited ?? Promise.resolve(),
    kill: () => running?.child.kill("SIGKILL"),
  };
}
