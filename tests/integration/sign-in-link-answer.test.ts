import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

// The link request's answer says nothing about the address: a member's and
// a stranger's get the same state, and the work is left for after the
// answer (Next's after(), stood in for here with the request's headers).
const later = vi.hoisted(() => ({ tasks: [] as (() => Promise<unknown>)[] }));
vi.mock("next/server", () => ({ after: (task: () => Promise<unknown>) => later.tasks.push(task) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-news-client-ip": "198.51.100.4" }) }));

const { requestSignInLinkAction } = await import("@/lib/actions/newsroom/sign-in-link-actions");

let prisma: PrismaClient;
seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeAll(() => {
  process.env.BETTER_AUTH_SECRET ??= "test-secret-for-sign-in-link-0123456789";
});

beforeEach(async () => {
  await createMember(prisma, "EDITOR", "owner@example.com");
  later.tasks = [];
});

const ask = (email: string) => {
  const form = new FormData();
  form.set("locale", "ar");
  form.set("email", email);
  return requestSignInLinkAction({ email: "", sent: false, errors: {} }, form);
};

describe("asking for a sign-in link", () => {
  it("answers a member's address and an unknown one alike, before any lookup", async () => {
    const member = await ask("Owner@Example.com");
    const stranger = await ask("nobody@example.com");
    expect({ ...member, email: "" }).toEqual({ ...stranger, email: "" });
    expect(member).toEqual({ email: "Owner@Example.com", sent: true, errors: {} });
    expect(later.tasks).toHaveLength(2);
    await Promise.all(later.tasks.map((task) => task()));
  });
});
