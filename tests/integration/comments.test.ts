import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queryComments } from "@/lib/comments/comment-list";
import { moderateComment } from "@/lib/comments/moderation";
import { postComment, type CommentInput } from "@/lib/comments/post-comment";
import { setModerationModeValue } from "@/lib/comments/settings";
import { formToken, newReader } from "@/lib/comments/signing";
import { voteOnComment } from "@/lib/comments/votes";
import { createNewsroomUser } from "@/lib/newsroom/create-user";
import { stories } from "@/prisma/content/stories/index";
import { seedDemoContent } from "@/prisma/seed";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;
let storyId: number;
const bilingual = stories.find((s) => s.translations.en && s.translations.ar)!;
let counter = 0;

// A form rendered a minute ago, by a fresh reader from a fresh address, unless overridden.
function input(overrides: Partial<CommentInput> = {}): CommentInput {
  counter += 1;
  return {
    storyId,
    locale: "en",
    name: "Rima",
    email: "",
    body: `A thoughtful comment number ${counter}.`,
    website: "",
    formToken: formToken(Date.now() - 60_000),
    elapsedMs: null,
    readerId: newReader().id,
    address: `10.0.0.${counter % 250}`,
    ...overrides,
  };
}

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  process.env.BETTER_AUTH_SECRET ??= "test-secret-for-signing-reader-ids";
  prisma = await createTestClient();
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe(
    'TRUNCATE "Section", "Author", "Story", "User", "AuditEntry", "RateLimitBucket", "SiteSetting" RESTART IDENTITY CASCADE',
  );
  await seedDemoContent(prisma);
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("posting", () => {
  it("publishes a valid comment at once and lists it in posting order", async () => {
    const first = await postComment(input({ body: "First." }));
    const second = await postComment(input({ body: "تعليق ثانٍ بالعربية." }));
    expect(first).toMatchObject({ ok: true, status: "VISIBLE" });
    expect(second).toMatchObject({ ok: true, status: "VISIBLE" });
    const page = await queryComments(storyId, "en", 1);
    expect(page.total).toBe(2);
    expect(page.comments.map((c) => c.body)).toEqual(["First.", "تعليق ثانٍ بالعربية."]);
    expect((await queryComments(storyId, "ar", 1)).total).toBe(0);
  });

  it("refuses bad input field by field", async () => {
    expect(await postComment(input({ name: "  ", body: "" }))).toEqual({
      ok: false,
      fields: { name: "required", body: "required" },
    });
    expect(await postComment(input({ body: "x".repeat(2001) }))).toEqual({
      ok: false,
      fields: { body: "tooLong" },
    });
    expect(await postComment(input({ name: "n".repeat(61) }))).toEqual({
      ok: false,
      fields: { name: "tooLong" },
    });
    expect(await postComment(input({ email: "not-an-email" }))).toEqual({
      ok: false,
      fields: { email: "invalid" },
    });
    expect(
      await postComment(input({ body: "see https://a.example and http://b.example and www.c.example" })),
    ).toEqual({ ok: false, fields: { body: "tooManyLinks" } });
    expect(await prisma.comment.count()).toBe(0);
  });

  it("strips control and bidi override characters, keeps line breaks", async () => {
    await postComment(
      input({ name: "\u202EEvil\u0007", body: "line one\u202E reversed\u2066\r\nline two\u0000" }),
    );
    const [comment] = (await queryComments(storyId, "en", 1)).comments;
    expect(comment!.name).toBe("Evil");
    expect(comment!.body).toBe("line one reversed\nline two");
  });

  it("stores nothing from a filled honeypot, and refuses a form sent too fast or with a forged time", async () => {
    expect(await postComment(input({ website: "http://spam.example" }))).toEqual({
      ok: true,
      status: "DISCARDED",
      commentId: null,
    });
    expect(await postComment(input({ formToken: formToken(Date.now() - 500) }))).toMatchObject({
      form: "tooFast",
    });
    expect(await postComment(input({ elapsedMs: 800 }))).toMatchObject({ form: "tooFast" });
    expect(await postComment(input({ formToken: `${Date.now() - 60_000}.forged` }))).toMatchObject({
      form: "tooFast",
    });
    expect(await prisma.comment.count()).toBe(0);
  });

  it("spots the same comment posted again, whatever the spacing and case", async () => {
    expect(await postComment(input({ body: "Great reporting, thank you!" }))).toMatchObject({ ok: true });
    expect(await postComment(input({ body: "great   reporting thank you" }))).toEqual({
      ok: false,
      fields: { body: "duplicate" },
    });
  });

  it("limits comments per reader and per address, in PostgreSQL", async () => {
    const reader = newReader().id;
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await postComment(input({ readerId: reader, body: `Reader post ${i}` })));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, form: "rateLimited" });

    const address = "192.0.2.7";
    const fromOneAddress = [];
    for (let i = 0; i < 11; i++)
      fromOneAddress.push(await postComment(input({ address, body: `Address post ${i}` })));
    expect(fromOneAddress.filter((r) => r.ok)).toHaveLength(10);
  });

  it("refuses comments on a closed story and on unpublished versions", async () => {
    await prisma.story.update({ where: { id: storyId }, data: { commentsClosed: true } });
    expect(await postComment(input())).toMatchObject({ form: "closed" });
    await prisma.story.update({ where: { id: storyId }, data: { commentsClosed: false } });
    await prisma.storyTranslation.updateMany({ where: { storyId, locale: "ar" }, data: { status: "DRAFT" } });
    expect(await postComment(input({ locale: "ar" }))).toMatchObject({ form: "notFound" });
  });
});

describe("votes", () => {
  async function aComment(): Promise<number> {
    const posted = await postComment(input());
    if (!posted.ok || posted.commentId === null) throw new Error("not posted");
    return posted.commentId;
  }

  it("50 concurrent votes by one reader on one comment count once", async () => {
    const id = await aComment();
    const reader = newReader().id;
    await Promise.all(Array.from({ length: 50 }, () => voteOnComment(id, reader, "198.51.100.1", "up")));
    const comment = await prisma.comment.findUniqueOrThrow({ where: { id } });
    expect([comment.upCount, comment.downCount]).toEqual([1, 0]);
  });

  it("a changed vote moves the count; a withdrawn one removes it", async () => {
    const id = await aComment();
    const reader = newReader().id;
    expect(await voteOnComment(id, reader, "198.51.100.2", "up")).toMatchObject({ up: 1, down: 0 });
    expect(await voteOnComment(id, newReader().id, "198.51.100.3", "up")).toMatchObject({ up: 2, down: 0 });
    expect(await voteOnComment(id, reader, "198.51.100.2", "down")).toMatchObject({ up: 1, down: 1 });
    expect(await voteOnComment(id, reader, "198.51.100.2", "none")).toMatchObject({ up: 1, down: 0 });
  });
});

describe("moderation", () => {
  it("pre-moderation hides a comment until an editor approves it", async () => {
    await setModerationModeValue("pre");
    const posted = await postComment(input({ body: "Waiting for approval." }));
    expect(posted).toMatchObject({ ok: true, status: "PENDING" });
    expect((await queryComments(storyId, "en", 1)).total).toBe(0);
    const { id } = await createNewsroomUser(prisma, {
      email: "ed@example.com",
      name: "Ed",
      password: "long-enough-1",
      role: "EDITOR",
    });
    const editor = { id, name: "Ed", email: "ed@example.com", role: "EDITOR" as const, locales: [] };
    const commentId = posted.ok ? posted.commentId! : 0;
    expect(await moderateComment(null, commentId, "approve")).toEqual({ ok: false, kind: "forbidden" });
    expect(await moderateComment(editor, commentId, "approve")).toMatchObject({ ok: true });
    expect((await queryComments(storyId, "en", 1)).comments.map((c) => c.body)).toEqual([
      "Waiting for approval.",
    ]);
    expect(await moderateComment(editor, commentId, "hide")).toMatchObject({ ok: true });
    expect((await queryComments(storyId, "en", 1)).total).toBe(0);
    expect((await prisma.auditEntry.findMany()).map((e) => e.action)).toEqual([
      "comment.approve",
      "comment.hide",
    ]);
  });

  it("pages past 50 comments", async () => {
    await prisma.comment.createMany({
      data: Array.from({ length: 51 }, (_, i) => ({
        storyId,
        locale: "en" as const,
        authorName: `Reader ${i}`,
        body: `Comment ${i}`,
        bodyHash: `hash-${i}`,
        readerId: `r-${i}`,
        addressHash: "a",
      })),
    });
    const first = await queryComments(storyId, "en", 1);
    const second = await queryComments(storyId, "en", 2);
    expect([first.total, first.pageCount, first.comments.length, second.comments.length]).toEqual([
      51, 2, 50, 1,
    ]);
    expect(second.comments[0]!.body).toBe("Comment 50");
  });
});
