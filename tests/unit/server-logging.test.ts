import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestIdFrom } from "@/lib/logging/request-log-context";
import { jobRequestId } from "@/lib/jobs/job-request-id";
import { routeKindOf } from "@/scripts/server/request-log";

const root = path.resolve(import.meta.dirname, "../..");

// The code that runs in the server process; the other scripts are commands
// whose console output is what a person running them reads.
const SERVER_CODE = ["app", "lib", "components", "i18n", "scripts/server", "scripts/serve.ts", "proxy.ts"];

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (/\.tsx?$/.test(entry)) return [full];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes(`generated${path.sep}`))
    .map((file) => path.join(full, file));
}

describe("server logging", () => {
  it("goes through the structured logger: no console.* in the server's code", () => {
    const offenders = SERVER_CODE.flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /\bconsole\.(log|info|warn|error|debug|trace)\b/.test(line)
            ? [`${path.relative(root, file)}:${index + 1}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps a sane incoming request id and replaces anything else", () => {
    expect(requestIdFrom("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")).toBe(
      "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    );
    expect(requestIdFrom(["32771", "other"])).toBe("32771");
    for (const bad of [undefined, "", "two words", "line\nbreak", "x".repeat(129), '{"level":60}']) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("reads a job's request id from its payload, or gives the job its own", () => {
    expect(jobRequestId({ scheduleId: 4, requestId: "abc-123" })).toBe("abc-123");
    expect(jobRequestId({ scheduleId: 4, requestId: null })).toMatch(/^[0-9a-f-]{36}$/);
    expect(jobRequestId(null)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("labels a request by its route as app/ spells it, so the label has few values", () => {
    expect(routeKindOf("/ar/story/some-slug")).toBe("/[locale]/story/[slug]");
    expect(routeKindOf("/en/section/politics/page/3")).toBe("/[locale]/section/[section]/page/[page]");
    expect(routeKindOf("/api/jobs/scheduled-change")).toBe("/api/jobs/scheduled-change");
    expect(routeKindOf("/_next/static/chunks/app.js")).toBe("/_next/static");
    expect(routeKindOf("/")).toBe("other");
  });
});
