// Starts varnishd as a plain foreground process with the site's VCL, filled
// in for one backend. Used by `npm run start:proxy` and by the e2e tests.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), "site.vcl");

export interface VarnishOptions {
  /** Address varnishd listens on, e.g. 127.0.0.1:8080. */
  listen: string;
  backendHost: string;
  backendPort: number;
  /** Shared with the app (CACHE_PROXY_SECRET): a PURGE without it is refused. */
  secret: string;
  /** Addresses allowed to purge, as VCL acl entries ("127.0.0.1", "10.0.0.0"/8). */
  purgers?: string[];
  /** varnishd's work directory (-n): its shared memory log and compiled VCL. */
  workdir: string;
  storage?: string;
}

export interface RunningVarnish {
  process: ChildProcess;
  /** A MAIN counter from varnishstat, e.g. backend_req (requests sent to the app). */
  counter(name: string): number;
  stop(): Promise<void>;
}

function aclEntry(entry: string): string {
  const [address, bits] = entry.split("/");
  if (!address || !/^[0-9a-fA-F.:]+$/.test(address) || (bits && !/^\d+$/.test(bits))) {
    throw new Error(`Not an address for the purge acl: ${entry}`);
  }
  return `  "${address}"${bits ? `/${bits}` : ""};`;
}

export function renderVcl(options: VarnishOptions): string {
  if (!/^[\x21-\x7e]+$/.test(options.secret) || options.secret.includes('"')) {
    throw new Error("CACHE_PROXY_SECRET must be printable ASCII without spaces or quotes.");
  }
  const purgers = options.purgers ?? ["127.0.0.1", "::1"];
  return readFileSync(TEMPLATE, "utf8")
    .replaceAll("{{BACKEND_HOST}}", options.backendHost)
    .replaceAll("{{BACKEND_PORT}}", String(options.backendPort))
    .replaceAll("{{PURGE_ACL}}", purgers.map(aclEntry).join("\n"))
    .replaceAll("{{PURGE_SECRET}}", options.secret);
}

export async function startVarnish(options: VarnishOptions): Promise<RunningVarnish> {
  mkdirSync(options.workdir, { recursive: true, mode: 0o755 });
  const vclPath = path.join(options.workdir, "site.vcl");
  writeFileSync(vclPath, renderVcl(options), { mode: 0o644 });
  const child = spawn(
    "varnishd",
    [
      "-F",
      "-a",
      options.listen,
      "-f",
      vclPath,
      "-n",
      options.workdir,
      "-s",
      options.storage ?? "malloc,256m",
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const [host, port] = [
    options.listen.slice(0, options.listen.lastIndexOf(":")),
    options.listen.split(":").pop(),
  ];
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}`);
    const up = await fetch(`http://${host}:${port}/api/health`, { method: "HEAD" }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (attempt > 100) throw new Error("varnishd did not start listening");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    counter(name) {
      const json = execFileSync("varnishstat", ["-n", options.workdir, "-j", "-f", `MAIN.${name}`], {
        encoding: "utf8",
      });
      const parsed = JSON.parse(json) as { counters?: Record<string, { value: number }> };
      return parsed.counters?.[`MAIN.${name}`]?.value ?? 0;
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
