import path from "node:path";
import { describe, expect, it } from "vitest";
import { isGuardedAction } from "@/lib/newsroom/access/guarded-action";
import { exportedServerActions, projectRoot, routeHandlerFiles } from "@/tests/setup/server-actions";

// Every Server Action in app/ is found by reading the files that declare
// "use server", so a new action cannot be left out: it is either wrapped by
// guardedAction (session and role checked, then zod, then the body) or named
// here with the reason it is open to everyone.
const PUBLIC_ACTIONS: Record<string, string> = {
  signIn: "signing in is how a session starts; limited by the sign-in throttle",
  requestSignInLinkAction:
    "asking for an emailed sign-in link comes before any session; the same answer for every address, limited per address and per client",
  signInWithLinkAction: "using an emailed one-time link is how a session starts without the password",
  signOut: "ends the caller's own session only",
  postCommentAction: "readers' comments: anonymous by design, guarded by tokens and rate limits",
};

// Route handlers that accept writes; every other handler may only read.
// None of them belongs to the newsroom: its writes are Server Actions (the
// job route only carries out, for the server's own queue, what a member
// scheduled through one).
const PUBLIC_ROUTE_WRITES: Record<string, string> = {
  "app/api/comments/vote/route.ts POST": "a reader's vote: same-origin, 1 KB, limited per reader and address",
  "app/api/reads/route.ts POST": "a read of a story: same-origin, 1 KB, counted once per reader per hour",
  "app/api/comments/report/route.ts POST":
    "a reader's report: same-origin, 1 KB, limited per reader and address",
  "app/api/jobs/scheduled-change/route.ts POST":
    "the server's own job queue firing a schedule: refused (404) without this process's random token",
  "app/api/jobs/notification-email/route.ts POST":
    "the server's own job queue sending a notification's email: refused (404) without the same token",
};

describe("Server Action inventory", () => {
  it("finds the newsroom's and the readers' action files", async () => {
    const files = new Set((await exportedServerActions()).map((action) => action.file));
    expect(files.size).toBeGreaterThanOrEqual(4);
  });

  it("guards every newsroom action, and only the listed ones are public", async () => {
    const actions = await exportedServerActions();
    const unguarded = actions
      .filter((action) => !isGuardedAction(action.value) && !(action.name in PUBLIC_ACTIONS))
      .map((action) => `${action.file}: ${action.name}`);
    const found = actions.map((action) => action.name);
    expect(unguarded).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(Object.keys(PUBLIC_ACTIONS)));
    expect(found.length).toBeGreaterThan(Object.keys(PUBLIC_ACTIONS).length);
  });

  it("lets route handlers only read, but for the listed reader endpoints", async () => {
    const writes: string[] = [];
    for (const file of routeHandlerFiles()) {
      const exported = (await import(file)) as Record<string, unknown>;
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        if (typeof exported[method] === "function")
          writes.push(`${path.relative(projectRoot, file)} ${method}`);
      }
    }
    expect(writes.sort()).toEqual(Object.keys(PUBLIC_ROUTE_WRITES).sort());
  });
});
