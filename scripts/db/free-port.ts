import { createServer } from "node:net";

/**
 * A port no one listens on right now, chosen by the operating system. A
 * fixed formula (base + pid) can land on a port an outgoing connection holds:
 * 55000 and up is inside Linux's ephemeral range.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
