// In the integration project: unit tests may not import scripts/cluster/
// (tests/unit/unit-tests-need-no-tools.test.ts), though this one starts nothing.
import { describe, expect, it, vi } from "vitest";
import { nextDelay, supervise } from "@/scripts/cluster/supervised-process";

const backOff = { initialDelayMs: 1, maxDelayMs: 8, stableMs: 60_000 };

/** A process whose runs end when the test says so. */
function fakeProcess() {
  let end: () => void = () => undefined;
  const newRun = () => new Promise<void>((resolve) => (end = resolve));
  let run = newRun();
  let starts = 0;
  return {
    exited: () => run,
    async restart() {
      starts++;
      run = newRun();
    },
    die: () => end(),
    starts: () => starts,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("supervised process", () => {
  it("restarts a process each time it dies and logs each death and restart", async () => {
    const process = fakeProcess();
    const lines: string[] = [];
    const supervision = supervise({
      name: "redis",
      ...process,
      terminate: () => undefined,
      log: (l) => lines.push(l),
      backOff,
    });
    for (let death = 1; death <= 3; death++) {
      process.die();
      await vi.waitFor(() => expect(supervision.restarts()).toBe(death));
      expect(process.starts()).toBe(death);
    }
    supervision.stop();
    expect(lines.filter((line) => line.startsWith("redis died after"))).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith("redis restarted"))).toHaveLength(3);
  });

  it("keeps trying after a failed restart, and logs the failure", async () => {
    const process = fakeProcess();
    let failures = 1;
    const lines: string[] = [];
    const supervision = supervise({
      name: "varnish",
      exited: process.exited,
      async restart() {
        if (failures-- > 0) throw new Error("port in use");
        await process.restart();
      },
      terminate: () => undefined,
      log: (l) => lines.push(l),
      backOff,
    });
    process.die();
    await vi.waitFor(() => expect(supervision.restarts()).toBe(1));
    supervision.stop();
    expect(lines).toContainEqual("varnish did not restart: port in use");
  });

  it("restarts nothing once stopped", async () => {
    const process = fakeProcess();
    const supervision = supervise({
      name: "app-1",
      ...process,
      terminate: () => undefined,
      log: () => undefined,
      backOff,
    });
    supervision.stop();
    process.die();
    await settle();
    expect(process.starts()).toBe(0);
  });

  it("doubles the wait while the process keeps dying young, up to the cap, and starts over after a stable run", () => {
    const limits = { initialDelayMs: 250, maxDelayMs: 30_000, stableMs: 30_000 };
    const waits: number[] = [];
    let wait = limits.initialDelayMs / 2;
    for (let i = 0; i < 10; i++) waits.push((wait = nextDelay(wait, 1_000, limits)));
    expect(waits).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(nextDelay(30_000, 30_000, limits)).toBe(250);
  });
});
