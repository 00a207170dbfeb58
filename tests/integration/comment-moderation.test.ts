import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { moderateComment, moderateComments, BULK_MODERATION_MAX } from "@/lib/comments/moderation";
import { parseCommentFilters } from "@/lib/comments/moderation-filters";
import { listModeratedComments } from "@/lib/comments/moderation-list";
import { reportComment } from "@/lib/comments/votes";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let storyId: number;
let otherStoryId: number;

// Report limits are keyed by a hash of the address under the site's secret.
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-comment-moderation";

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  await prisma.comment.deleteMany();
  await prisma.auditEntry.deleteMany();
  editor = await createMember(prisma, "EDITOR", "moderator@example.com");
  [storyId, otherStoryId] = (await prisma.story.findMany({ orderBy: { id: "asc" }, take: 2 })).map(
    (s) => s.id,
  ) as [number, number];
});

async function comment(
  body: string,
  overrides: { storyId?: number; status?: "PENDING" | "VISIBLE" | "HIDDEN" } = {},
) {
  const row = await prisma.comment.create({
    data: {
      storyId: overrides.storyId ?? storyId,
      locale: "en",
      authorName: "Rima",
      body,
      bodyHash: createHash("sha256").update(body).digest("hex"),
      status: overrides.status ?? "VISIBLE",
      readerId: "reader",
      addressHash: "address",
    },
  });
  return row.id;
}

const bodies = async (query: Record<string, string>) =>
  (await listModeratedComments(parseCommentFilters(query))).comments.map((c) => c.body);

describe("the moderation list", () => {
  it("lists every comment, filtered by story, status and reported, pending and reported first", async () => {
    await comment("plain");
    await comment("pending", { status: "PENDING" });
    await comment("hidden", { status: "HIDDEN" });
    await comment("elsewhere", { storyId: otherStoryId });
    const reported = await comment("reported");
    await reportComment(reported, `reader-${Math.random()}`, "198.51.100.1", "SPAM");

    expect(await bodies({})).toEqual(["pending", "reported", "elsewhere", "plain", "hidden"]);
    expect(await bodies({ status: "HIDDEN" })).toEqual(["hidden"]);
    expect(await bodies({ reported: "1" })).toEqual(["reported"]);
    expect(await bodies({ story: String(otherStoryId) })).toEqual(["elsewhere"]);
    expect(await bodies({ story: String(storyId), status: "VISIBLE" })).toEqual(["reported", "plain"]);
  });

  it("shows how many readers gave each reason", async () => {
    const id = await comment("contested");
    for (const reason of ["SPAM", "SPAM", "ABUSE"] as const) {
      await reportComment(id, `reader-${Math.random()}`, `198.51.100.${reason.length}`, reason);
    }
    const [listed] = (await listModeratedComments(parseCommentFilters({}))).comments;
    expect(listed).toMatchObject({
      reports: 3,
      reasons: [
        { reason: "SPAM", count: 2 },
        { reason: "ABUSE", count: 1 },
      ],
    });
  });
});

describe("moderation steps", () => {
  it("un-hides a hidden comment and hides one nobody reported, both audited", async () => {
    const quiet = await comment("never reported");
    expect(await moderateComment(editor, quiet, "hide")).toMatchObject({ ok: true });
    expect(await moderateComment(editor, quiet, "hide")).toEqual({ ok: false, kind: "not-allowed-now" });
    expect(await moderateComment(editor, quiet, "unhide")).toMatchObject({ ok: true });
    expect((await prisma.comment.findUniqueOrThrow({ where: { id: quiet } })).status).toBe("VISIBLE");
    expect((await prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).map((e) => e.action)).toEqual([
      "comment.hide",
      "comment.unhide",
    ]);
  });

  it("takes one step on many comments at once, leaving those it does not apply to", async () => {
    const ids = [await comment("one"), await comment("two"), await comment("three", { status: "HIDDEN" })];
    const result = await moderateComments(editor, ids, "hide");
    expect(result).toMatchObject({ ok: true, changed: 2 });
    expect(await bodies({ status: "HIDDEN" })).toEqual(["three", "two", "one"]);
    expect(await prisma.auditEntry.count({ where: { action: "comment.hide" } })).toBe(2);
    expect(await moderateComments(editor, ids, "unhide")).toMatchObject({ ok: true, changed: 3 });
  });

  it("refuses a bulk step to readers, to nothing chosen and to more than the limit", async () => {
    const id = await comment("kept");
    expect(await moderateComments(null, [id], "delete")).toEqual({ ok: false, kind: "forbidden" });
    expect(await moderateComments(editor, [], "delete")).toEqual({ ok: false, kind: "invalid" });
    const many = Array.from({ length: BULK_MODERATION_MAX + 1 }, (_, n) => n + 1);
    expect(await moderateComments(editor, many, "delete")).toEqual({ ok: false, kind: "invalid" });
    expect(await prisma.comment.count()).toBe(1);
  });
});
