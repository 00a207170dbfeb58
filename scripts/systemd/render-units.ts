// The systemd units in deploy/systemd/, filled in for one machine: where
// node, varnishd and redis-server are, where the site is installed, who
// runs it. Used by `npm run systemd:units` and the test that checks the
// result with `systemd-analyze verify`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const UNIT_TEMPLATES = path.join(ROOT, "deploy", "systemd");

export interface UnitSettings {
  /** Where the site is installed (a built checkout); not under /home (ProtectHome). */
  appDir: string;
  user: string;
  group: string;
  /** Absolute paths of the programs the units start. */
  node: string;
  varnishd: string;
  redisServer: string;
  /** app.env and site.vcl. */
  configDir: string;
  proxyListen: string;
  redisPort: number;
  /** Varnish's state directory; its work directory (-n) is `news` below it. */
  varnishState: string;
}

/** A program's absolute path from PATH (plus the sbin directories root's PATH has). */
export function programPath(name: string): string {
  const found = execFileSync("sh", ["-c", `PATH="$PATH:/usr/sbin:/sbin" command -v ${name}`], {
    encoding: "utf8",
  }).trim();
  if (!path.isAbsolute(found)) throw new Error(`${name} is not installed (not found in PATH)`);
  return found;
}

/** This machine's settings: this checkout, this user, the programs found in PATH. */
export function machineSettings(overrides: Partial<UnitSettings> = {}): UnitSettings {
  const user = os.userInfo();
  return {
    appDir: ROOT,
    user: user.username,
    group: execFileSync("id", ["-gn"], { encoding: "utf8" }).trim(),
    node: process.execPath,
    varnishd: programPath("varnishd"),
    redisServer: programPath("redis-server"),
    configDir: "/etc/news",
    proxyListen: ":80",
    redisPort: 6379,
    varnishState: "/var/lib/varnish",
    ...overrides,
  };
}

/** Unit file name → rendered text, for every template in deploy/systemd/. */
export function renderUnits(settings: UnitSettings): Map<string, string> {
  for (const [key, value] of Object.entries(settings)) {
    // A unit line ends at a newline, and a space would split ExecStart's words.
    if (/[\s"'\\]/.test(String(value)) && key !== "proxyListen") {
      throw new Error(`${key} must not contain spaces, quotes or backslashes: ${value}`);
    }
  }
  const fill: Record<string, string> = {
    APP_DIR: settings.appDir,
    USER: settings.user,
    GROUP: settings.group,
    NODE: settings.node,
    VARNISHD: settings.varnishd,
    REDIS_SERVER: settings.redisServer,
    CONFIG_DIR: settings.configDir,
    PROXY_LISTEN: settings.proxyListen,
    REDIS_PORT: String(settings.redisPort),
    VARNISH_STATE: settings.varnishState,
    VARNISH_WORKDIR: path.join(settings.varnishState, "news"),
  };
  const units = new Map<string, string>();
  for (const name of readdirSync(UNIT_TEMPLATES).filter((file) => /\.(service|target)$/.test(file))) {
    const text = readFileSync(path.join(UNIT_TEMPLATES, name), "utf8").replace(
      /@([A-Z_]+)@/g,
      (match, key: string) => {
        const value = fill[key];
        if (value === undefined) throw new Error(`${name}: no value for ${match}`);
        return value;
      },
    );
    units.set(name, text);
  }
  return units;
}
