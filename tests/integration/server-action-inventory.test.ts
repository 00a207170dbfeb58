import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isGuardedAction } from "@/lib/newsroom/guarded-action";

// Every Server Action (in actions/, or anywhere else in the source) is found
// by reading the files that declare "use server", so a new action cannot be
// left out: it is either wrapped by guardedAction (session and role checked,
// then zod, then the body) or named here with the reason it is open to everyone.
const PUBLIC_ACTIONS: Record<string, string> = {
  signIn: "signing in is how a session starts; limited by the sign-in throttle",
  signOut: "ends the caller's own session only",
  postCommentAction: "readers' comments: anonymous by design, guarded by tokens and rate limits",
};

// Route handlers that accept writes; every other handler may only read.
// None of them belongs to the newsroom: its writes are Server Actions.
const PUBLIC_ROUTE_WRITES: Record<string, string> = {
  "app/api/comments/vote/route.ts POST": "a reader's vote: same-origin, 1 KB, limited per reader and address",
  "app/api/comments/report/route.ts POST":
    "a reader's report: same-origin, 1 KB, limited per reader and address",
};

const root = path.resolve(import.meta.dirname, "../..");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : serverActionFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name)) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

describe("Server Action inventory", () => {
  const files = ["actions", "app", "components", "lib"].flatMap((dir) =>
    serverActionFiles(path.join(root, dir)),
  );

  it("finds the newsroom's and the readers' action files", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it("guards every newsroom action, and only the listed ones are public", async () => {
    const unguarded: string[] = [];
    const found: string[] = [];
    for (const file of files) {
      const exported = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) {
        if (typeof value !== "function") continue;
        found.push(name);
        if (!isGuardedAction(value) && !(name in PUBLIC_ACTIONS)) {
          unguarded.push(`${path.relative(root, file)}: ${name}`);
        }
      }
    }
    expect(unguarded).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(Object.keys(PUBLIC_ACTIONS)));
    expect(found.length).toBeGreaterThan(Object.keys(PUBLIC_ACTIONS).length);
  });

  it("lets route handlers only read, but for the listed reader endpoints", async () => {
    const writes: string[] = [];
    for (const file of routeFiles(path.join(root, "app"))) {
      const exported = (await import(file)) as Record<string, unknown>;
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        if (typeof exported[method] === "function") writes.push(`${path.relative(root, file)} ${method}`);
      }
    }
    expect(writes.sort()).toEqual(Object.keys(PUBLIC_ROUTE_WRITES).sort());
  });
});
