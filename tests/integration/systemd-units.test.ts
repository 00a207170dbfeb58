import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { machineSettings, renderUnits } from "@/scripts/systemd/render-units";

// The units of deploy/systemd/, rendered for this machine's node, varnishd
// and redis-server, must pass `systemd-analyze verify` without a warning
// (an unknown key or a bad value is only a warning there). Debian's systemd
// package provides it; .ci/run installs it. Absent, this test fails.
const dir = mkdtempSync(path.join(os.tmpdir(), "news-systemd-units-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settings = machineSettings({ configDir: path.join(dir, "etc") });
const units = renderUnits(settings);
for (const [name, text] of units) writeFileSync(path.join(dir, name), text);

const HARDENING = ["NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes"];

describe("systemd units", () => {
  it("has one unit per process: app instances as a template, Varnish and Redis", () => {
    expect([...units.keys()].sort()).toEqual([
      "news-app@.service",
      "news-redis.service",
      "news-varnish.service",
    ]);
  });

  it.each([...units.keys()])("%s restarts always, is hardened and says where it may write", (name) => {
    const text = units.get(name)!;
    expect(text).toMatch(/^Restart=always$/m);
    for (const option of HARDENING) expect(text).toMatch(new RegExp(`^${option}$`, "m"));
    expect(text).toMatch(/^ReadWritePaths=\S+/m);
    expect(text).not.toMatch(/@[A-Z_]+@/);
  });

  it("starts this machine's node, varnishd and redis-server", () => {
    expect(units.get("news-app@.service")).toContain(
      `ExecStart=${settings.node} --import tsx scripts/serve.ts`,
    );
    expect(units.get("news-varnish.service")).toContain(`ExecStart=${settings.varnishd} -F`);
    expect(units.get("news-redis.service")).toContain(`ExecStart=${settings.redisServer} --port`);
  });

  it("passes systemd-analyze verify without a warning", () => {
    const files = [...units.keys()].map((name) => path.join(dir, name.replace("@.", "@3001.")));
    const result = spawnSync("systemd-analyze", ["verify", "--man=no", ...files], { encoding: "utf8" });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
