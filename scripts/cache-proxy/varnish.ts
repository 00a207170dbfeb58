// Starts varnishd as a plain foreground process with the site's VCL, filled
// in for one or several app instances. Used by `npm run start:proxy`,
// `npm run start:cluster` and the e2e tests.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, closeSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cacheProxyToken } from "@/lib/cache-proxy/proxy-config";
import { cacheProxyPathTests } from "@/lib/routes/derived-matchers";
import {
  ANSWER_SELECTING_HEADERS,
  ANSWER_SELECTING_USER_AGENTS,
  INTERNAL_REQUEST_HEADERS,
  INTERNAL_RESPONSE_HEADERS,
} from "@/lib/http/header-rules";
import { unavailablePageHtml } from "@/scripts/cache-proxy/unavailable-page";
import { openOwnLog } from "@/scripts/cluster/logged-process";

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), "site.vcl");

export interface VarnishOptions {
  /** Address varnishd listens on, e.g. 127.0.0.1:8080. */
  listen: string;
  /** The app instances, shared round robin; each is probed on /api/health. */
  backends: { host: string; port: number }[];
  /** Shared with the app (CACHE_PROXY_SECRET): a PURGE without it is refused. */
  secret: string;
  /** Addresses allowed to purge, as VCL acl entries ("127.0.0.1", "10.0.0.0/8"). */
  purgers?: string[];
  /**
   * A CDN in front: its address ranges, whose X-Forwarded-For, -Proto and
   * -Host are believed and who get the surrogate keys. None by default.
   */
  upstreams?: string[];
  /**
   * Where a TLS terminator (hitch, HAProxy, nginx's stream module) hands
   * over decrypted connections with the PROXY protocol: requests there are
   * HTTPS. None by default: every request is plain HTTP.
   */
  tlsListen?: string;
  /** varnishd's work directory (-n): its shared memory log and compiled VCL. */
  workdir: string;
  storage?: string;
  /** Store nothing: the proxy only balances (the benchmark's "cache bypassed"). */
  passAll?: boolean;
  /** Where varnishd's own output goes (appended); this terminal when unset. */
  logFile?: string;
}

/**
 * The proxy's edge from the environment, for `npm run start:proxy` and
 * `npm run start:cluster`: PROXY_TLS_LISTEN, the address where a TLS
 * terminator connects with the PROXY protocol; CDN_ADDRESSES, a CDN's
 * address ranges (comma-separated).
 */
export function edgeFromEnv(
  env: Record<string, string | undefined> = process.env,
): Pick<VarnishOptions, "tlsListen" | "upstreams"> {
  const upstreams = (env.CDN_ADDRESSES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  upstreams.forEach(aclEntry); // a typo stops the start here, not in varnishd's compiler
  const tlsListen = env.PROXY_TLS_LISTEN?.trim() || undefined;
  if (tlsListen && !/^[0-9A-Za-z.:[\]-]+:\d+$/.test(tlsListen)) {
    throw new Error(`PROXY_TLS_LISTEN must be an address and port, such as 127.0.0.1:8443: ${tlsListen}`);
  }
  return { tlsListen, upstreams };
}

export interface RunningVarnish {
  /** varnishd's manager process (the current run's, after a restart). */
  process: ChildProcess;
  workdir: string;
  /** The rendered VCL: it holds the purge secret (mode 600). */
  vclPath: string;
  /** A MAIN counter from varnishstat, e.g. backend_req (requests sent to the app). */
  counter(name: string): number;
  /** Resolves when the current run has ended. */
  exited(): Promise<void>;
  /** Starts varnishd again: same listeners, same VCL, same backends (after the last run ended). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** `name` as a VCL header reference; only plain token characters can be one. */
function vclHeader(name: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Not a header name: ${name}`);
  return name;
}

/** A case-insensitive pattern as a VCL string (PCRE2; a VCL string cannot hold a double quote). */
function vclRegex(pattern: string): string {
  if (pattern.includes('"') || /[\r\n]/.test(pattern))
    throw new Error(`Not a pattern for the VCL: ${pattern}`);
  return `(?i)${pattern}`;
}

/** A pattern as a VCL string (a VCL string cannot hold a double quote or a line break). */
function vclString(pattern: string): string {
  if (pattern.includes('"') || /[\r\n]/.test(pattern))
    throw new Error(`Not a pattern for the VCL: ${pattern}`);
  return pattern;
}

function aclEntry(entry: string): string {
  const [address, bits] = entry.split("/");
  if (!address || !/^[0-9a-fA-F.:]+$/.test(address) || (bits && !/^\d+$/.test(bits))) {
    throw new Error(`Not an address for a VCL acl: ${entry}`);
  }
  return `  "${address}"${bits ? `/${bits}` : ""};`;
}

function backendDefinition(backend: { host: string; port: number }, index: number): string {
  if (!/^[0-9A-Za-z.:-]+$/.test(backend.host) || !Number.isInteger(backend.port)) {
    throw new Error(`Not a backend address: ${backend.host}:${backend.port}`);
  }
  return `backend app${index} {
  .host = "${backend.host}";
  .port = "${backend.port}";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
  .probe = health;
}`;
}

function nextInstanceRoutes(count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `    if (bereq.http.x-failed-instance == "app${index}") { set bereq.backend = app${(index + 1) % count}; }`,
  ).join("\n");
}

export function renderVcl(options: VarnishOptions): string {
  if (!/^[\x21-\x7e]+$/.test(options.secret) || options.secret.includes('"')) {
    throw new Error("CACHE_PROXY_SECRET must be printable ASCII without spaces or quotes.");
  }
  if (options.backends.length === 0) throw new Error("The proxy needs at least one app instance.");
  const purgers = options.purgers ?? ["127.0.0.1", "::1"];
  const routePaths = cacheProxyPathTests();
  return (
    readFileSync(TEMPLATE, "utf8")
      .replaceAll("{{BACKENDS}}", options.backends.map(backendDefinition).join("\n"))
      .replaceAll(
        "{{DIRECTOR_MEMBERS}}",
        options.backends.map((_, index) => `  instances.add_backend(app${index});`).join("\n"),
      )
      // A failed read is tried once on each other instance.
      .replaceAll("{{RETRIES}}", String(options.backends.length - 1))
      .replaceAll("{{PASSED_ROUTES}}", vclString(routePaths.passed))
      .replaceAll("{{KEPT_ROUTES}}", vclString(routePaths.kept))
      .replaceAll("{{PASS_ALL}}", options.passAll ? "  return (pass);" : "")
      .replaceAll("{{NEXT_INSTANCE}}", nextInstanceRoutes(options.backends.length))
      .replaceAll("{{UNAVAILABLE_PAGE}}", unavailablePageHtml())
      .replaceAll("{{PURGE_ACL}}", purgers.map(aclEntry).join("\n"))
      .replaceAll("{{UPSTREAM_ACL}}", (options.upstreams ?? []).map(aclEntry).join("\n"))
      .replaceAll(
        "{{UNSET_INTERNAL_REQUEST_HEADERS}}",
        INTERNAL_REQUEST_HEADERS.map((name) => `  unset req.http.${vclHeader(name)};`).join("\n"),
      )
      .replaceAll(
        "{{HASH_ANSWER_SELECTING_HEADERS}}",
        ANSWER_SELECTING_HEADERS.map((name) => `  hash_data("${name}:" + req.http.${vclHeader(name)});`).join(
          "\n",
        ),
      )
      .replaceAll(
        "{{HASH_ANSWER_SELECTING_USER_AGENTS}}",
        Object.entries(ANSWER_SELECTING_USER_AGENTS)
          .map(
            ([kind, pattern]) =>
              `  if (req.http.User-Agent ~ "${vclRegex(pattern)}") {\n    hash_data("${kind}");\n  }`,
          )
          .join("\n"),
      )
      .replaceAll(
        "{{UNSET_INTERNAL_RESPONSE_HEADERS}}",
        INTERNAL_RESPONSE_HEADERS.map((name) => `  unset resp.http.${vclHeader(name)};`).join("\n"),
      )
      .replaceAll("{{BACKEND_TOKEN}}", cacheProxyToken(options.secret)!)
      .replaceAll("{{PURGE_SECRET}}", options.secret)
  );
}

/**
 * Run as root, varnishd reads its VCL as the `varnish` user (Debian's
 * package makes it), so the file is that user's; as anyone else, the
 * file is the caller's own, and varnishd runs as the caller.
 */
function giveToVarnishUser(file: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync("id", ["-u", "varnish"], { encoding: "utf8" }).trim());
  chownSync(file, uid, 0);
}

/** Writes the VCL readable by varnishd alone: it holds the purge secret. */
function writeVcl(vclPath: string, text: string): void {
  writeFileSync(vclPath, text, { mode: 0o600 });
  // A file left by an earlier start keeps its mode through writeFileSync.
  chmodSync(vclPath, 0o600);
  giveToVarnishUser(vclPath);
}

export async function startVarnish(options: VarnishOptions): Promise<RunningVarnish> {
  mkdirSync(options.workdir, { recursive: true, mode: 0o755 });
  const vclPath = path.join(options.workdir, "site.vcl");
  writeVcl(vclPath, renderVcl(options));
  const launch = async () => {
    const output = options.logFile ? openOwnLog(options.logFile) : "inherit";
    const child = spawn(
      "varnishd",
      [
        "-F",
        // Named, so the VCL can tell the plain listener from the TLS terminator's (local.socket).
        "-a",
        `http=${options.listen}`,
        ...(options.tlsListen ? ["-a", `tls=${options.tlsListen},PROXY`] : []),
        "-f",
        vclPath,
        "-n",
        options.workdir,
        "-s",
        options.storage ?? "malloc,256m",
        // Header records are most of what each request writes to the shared
        // memory log, and logging them cost 10–20 % of a warm hit's throughput
        // on one core. URLs, statuses, timings and VCL decisions stay logged;
        // `varnishadm param.set vsl_mask +ReqHeader` brings headers back.
        "-p",
        "vsl_mask=-ReqHeader,-RespHeader,-BereqHeader,-BerespHeader,-ObjHeader,-ReqUnset,-RespUnset,-BereqUnset,-BerespUnset",
      ],
      { stdio: ["ignore", output, output] },
    );
    if (typeof output === "number") closeSync(output);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    let ended = false;
    void exited.then(() => (ended = true));
    const [host, port] = [
      options.listen.slice(0, options.listen.lastIndexOf(":")),
      options.listen.split(":").pop(),
    ];
    for (let attempt = 0; ; attempt++) {
      if (ended) throw new Error(`varnishd exited (${child.signalCode ?? child.exitCode})`);
      const up = await fetch(`http://${host}:${port}/api/health`, { method: "HEAD" }).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (attempt > 100) {
        child.kill("SIGKILL");
        throw new Error("varnishd did not start listening");
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { child, exited };
  };
  let current = await launch();
  const running: RunningVarnish = {
    process: current.child,
    workdir: options.workdir,
    vclPath,
    counter(name) {
      const json = execFileSync("varnishstat", ["-n", options.workdir, "-j", "-f", `MAIN.${name}`], {
        encoding: "utf8",
      });
      const parsed = JSON.parse(json) as { counters?: Record<string, { value: number }> };
      return parsed.counters?.[`MAIN.${name}`]?.value ?? 0;
    },
    exited: () => current.exited,
    async restart() {
      current = await launch();
      running.process = current.child;
    },
    async stop() {
      if (current.child.exitCode === null && current.child.signalCode === null) current.child.kill("SIGTERM");
      await current.exited;
    },
  };
  return running;
}
