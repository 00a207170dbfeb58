import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queryComments } from "@/lib/comments/comment-list";
import { moderateComment, setCommentsClosed } from "@/lib/comments/moderation";
import { postComment, type CommentInput } from "@/lib/comments/post-comment";
import { setModerationModeValue } from "@/lib/comments/settings";
import { issueFormToken, type FormTokenOwner } from "@/lib/comments/form-token";
import { newReader } from "@/lib/comments/signing";
import { readerVotes, readerVotesCss } from "@/lib/comments/reader-votes";
import { reportComment, voteOnComment } from "@/lib/comments/votes";
import { createNewsroomUser } from "@/lib/newsroom/people/create-user";
import { purgeExpiredRateLimits, purgeExpiredRateLimitsSometimes } from "@/lib/rate-limit/rate-limit-purge";
import { cacheTags } from "@/lib/stories/cache-tags";
import { stories } from "@/prisma/content/stories/index";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let storyId: number;
const bilingual = stories.find((s) => s.translations.en && s.translations.ar)!;
let counter = 0;

// A token issued to this reader for this story version, `ageSeconds` ago.
async function agedToken(owner: FormTokenOwner, address: string, ageSeconds = 60): Promise<string> {
  const issued = await issueFormToken(owner, address);
  if (!issued.ok) return "";
  const issuedAt = new Date(Date.now() - ageSeconds * 1000);
  await prisma.commentFormToken.update({ where: { id: issued.token }, data: { issuedAt } });
  return issued.token;
}

// A form whose token was issued a minute ago, by a fresh reader from a fresh address, unless overridden.
async function input(overrides: Partial<CommentInput> = {}): Promise<CommentInput> {
  counter += 1;
  const base: CommentInput = {
    storyId,
    locale: "en",
    name: "Rima",
    email: "",
    body: `A thoughtful comment number ${counter}.`,
    website: "",
    formToken: "",
    readerId: newReader().id,
    address: `10.0.0.${counter % 250}`,
    ...overrides,
  };
  if (overrides.formToken === undefined) base.formToken = await agedToken(base, base.address);
  return base;
}

seedDemoDatabaseForEachTest((client) => (prisma = client));
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-signing-reader-ids";

beforeEach(async () => {
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
});

describe("posting", () => {
  it("publishes a valid comment at once and lists it in posting order", async () => {
    const first = await postComment(await input({ body: "First." }));
    const second = await postComment(await input({ body: "تعليق ثانٍ بالعربية." }));
    expect(first).toMatchObject({ ok: true, status: "VISIBLE" });
    expect(second).toMatchObject({ ok: true, status: "VISIBLE" });
    const page = await queryComments(storyId, "en", 1);
    expect(page.total).toBe(2);
    expect(page.comments.map((c) => c.body)).toEqual(["First.", "تعليق ثانٍ بالعربية."]);
    expect((await queryComments(storyId, "ar", 1)).total).toBe(0);
  });

  it("refuses bad input field by field", async () => {
    expect(await postComment(await input({ name: "  ", body: "" }))).toEqual({
      ok: false,
      fields: { name: "required", body: "required" },
    });
    expect(await postComment(await input({ body: "x".repeat(2001) }))).toEqual({
      ok: false,
      fields: { body: "tooLong" },
    });
    expect(await postComment(await input({ name: "n".repeat(61) }))).toEqual({
      ok: false,
      fields: { name: "tooLong" },
    });
    expect(await postComment(await input({ email: "not-an-email" }))).toEqual({
      ok: false,
      fields: { email: "invalid" },
    });
    expect(
      await postComment(
        await input({ body: "see https://a.example and http://b.example and www.c.example" }),
      ),
    ).toEqual({ ok: false, fields: { body: "tooManyLinks" } });
    expect(await prisma.comment.count()).toBe(0);
  });

  it("strips control and bidi override characters, keeps line breaks", async () => {
    await postComment(
      await input({ name: "\u202EEvil\u0007", body: "line one\u202E reversed\u2066\r\nline two\u0000" }),
    );
    const [comment] = (await queryComments(storyId, "en", 1)).comments;
    expect(comment!.name).toBe("Evil");
    expect(comment!.body).toBe("line one reversed\nline two");
  });

  it("stores nothing from a filled honeypot", async () => {
    expect(await postComment(await input({ website: "http://spam.example" }))).toEqual({
      ok: true,
      status: "DISCARDED",
      commentId: null,
      tags: [],
    });
    expect(await prisma.comment.count()).toBe(0);
  });

  it("spots the same comment posted again, whatever the spacing and case", async () => {
    expect(await postComment(await input({ body: "Great reporting, thank you!" }))).toMatchObject({
      ok: true,
    });
    expect(await postComment(await input({ body: "great   reporting thank you" }))).toEqual({
      ok: false,
      fields: { body: "duplicate" },
    });
  });

  it("limits comments per reader and per address, in PostgreSQL", async () => {
    const reader = newReader().id;
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await postComment(await input({ readerId: reader, body: `Reader post ${i}` })));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, form: "rateLimited" });

    const address = "192.0.2.7";
    const fromOneAddress = [];
    for (let i = 0; i < 11; i++)
      fromOneAddress.push(await postComment(await input({ address, body: `Address post ${i}` })));
    expect(fromOneAddress.filter((r) => r.ok)).toHaveLength(10);
  });

  it("refuses comments on a closed story and on unpublished versions", async () => {
    await prisma.story.update({ where: { id: storyId }, data: { commentsClosed: true } });
    expect(await postComment(await input())).toMatchObject({ form: "closed" });
    await prisma.story.update({ where: { id: storyId }, data: { commentsClosed: false } });
    await prisma.storyTranslation.updateMany({ where: { storyId, locale: "ar" }, data: { status: "DRAFT" } });
    expect(await postComment(await input({ locale: "ar" }))).toMatchObject({ form: "notFound" });
  });
});

describe("votes", () => {
  async function aComment(): Promise<number> {
    const posted = await postComment(await input());
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

  it("tells a reader only their own votes on this story version, as a stylesheet naming those comments", async () => {
    const [liked, disliked, untouched] = [await aComment(), await aComment(), await aComment()];
    const arabic = await postComment(await input({ locale: "ar", body: "تعليق على النسخة العربية." }));
    if (!arabic.ok || arabic.commentId === null) throw new Error("not posted");
    const reader = newReader().id;
    await voteOnComment(liked, reader, "198.51.100.4", "up");
    await voteOnComment(disliked, reader, "198.51.100.4", "down");
    await voteOnComment(arabic.commentId, reader, "198.51.100.4", "up");
    await voteOnComment(untouched, newReader().id, "198.51.100.5", "up");

    const votes = await readerVotes(reader, storyId, "en");
    expect(votes).toEqual([
      { commentId: liked, value: 1 },
      { commentId: disliked, value: -1 },
    ]);
    const css = readerVotesCss(votes);
    expect(css).toContain(`#comment-${liked} .comment__my-vote--up{display:block}`);
    expect(css).toContain(`#comment-${disliked} .comment__my-vote--down{display:block}`);
    expect(css).not.toContain(`#comment-${untouched} `);
    expect(css).not.toContain(`#comment-${arabic.commentId} `);
    expect(await readerVotes(newReader().id, storyId, "en")).toEqual([]);
    expect(readerVotesCss([])).toBe("");

    // A comment an editor hid takes the reader's vote on it out of sight too.
    await prisma.comment.update({ where: { id: liked }, data: { status: "HIDDEN" } });
    expect(await readerVotes(reader, storyId, "en")).toEqual([{ commentId: disliked, value: -1 }]);
  });
});

describe("moderation", () => {
  it("pre-moderation hides a comment until an editor approves it", async () => {
    await setModerationModeValue("pre");
    const posted = await postComment(await input({ body: "Waiting for approval." }));
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

describe("form tokens", () => {
  it("a token posts one comment; using it again is refused", async () => {
    const first = await input({ body: "First with this token." });
    expect(await postComment(first)).toMatchObject({ ok: true });
    expect(await postComment({ ...first, body: "Second with the same token." })).toEqual({
      ok: false,
      fields: {},
      form: "confirm",
    });
    expect(await prisma.comment.count()).toBe(1);
  });

  it("ten posts racing with one token store one comment", async () => {
    const form = await input();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => postComment({ ...form, body: `Racing post ${i}` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.comment.count()).toBe(1);
  });

  it("a token younger than the minimum is refused and stays usable", async () => {
    const form = await input();
    const young = await agedToken(form, form.address, 0);
    expect(await postComment({ ...form, formToken: young })).toMatchObject({ ok: false, form: "tooFast" });
    await prisma.commentFormToken.update({
      where: { id: young },
      data: { issuedAt: new Date(Date.now() - 10_000) },
    });
    expect(await postComment({ ...form, formToken: young })).toMatchObject({ ok: true });
  });

  it("a token older than its lifetime is refused", async () => {
    const form = await input();
    const old = await agedToken(form, form.address, 3 * 60 * 60);
    expect(await postComment({ ...form, formToken: old })).toMatchObject({ ok: false, form: "confirm" });
  });

  it("another reader's token, or one for another story or language, is refused", async () => {
    const form = await input();
    const otherStory = (await prisma.story.findFirstOrThrow({ where: { id: { not: storyId } } })).id;
    const strangers = [
      await agedToken({ ...form, readerId: newReader().id }, form.address),
      await agedToken({ ...form, storyId: otherStory }, form.address),
      await agedToken({ ...form, locale: "ar" }, form.address),
      "not-a-token",
      "",
    ];
    for (const formToken of strangers) {
      expect(await postComment({ ...form, formToken })).toMatchObject({ ok: false, form: "confirm" });
    }
    expect(await prisma.comment.count()).toBe(0);
    expect(await postComment(form)).toMatchObject({ ok: true });
  });

  it("a refused field leaves the token usable for the corrected post", async () => {
    const form = await input({ name: "" });
    expect(await postComment(form)).toEqual({ ok: false, fields: { name: "required" } });
    expect(await postComment({ ...form, name: "Rima" })).toMatchObject({ ok: true });
  });

  it("is issued only for a published story version", async () => {
    const reader = newReader().id;
    await prisma.storyTranslation.updateMany({ where: { storyId, locale: "ar" }, data: { status: "DRAFT" } });
    expect(await issueFormToken({ readerId: reader, storyId, locale: "ar" }, "192.0.2.50")).toEqual({
      ok: false,
      kind: "not-found",
    });
    expect(await issueFormToken({ readerId: reader, storyId: 999_999, locale: "en" }, "192.0.2.50")).toEqual({
      ok: false,
      kind: "not-found",
    });
  });
});

describe("cache tags", () => {
  async function commentOn(id: number, locale: "en" | "ar" = "en"): Promise<number> {
    const posted = await postComment(await input({ storyId: id, locale }));
    if (!posted.ok || posted.commentId === null) throw new Error("not posted");
    return posted.commentId;
  }

  it("a vote names the comment's own story version, whatever story the form named", async () => {
    const otherStory = (await prisma.story.findFirstOrThrow({ where: { id: { not: storyId } } })).id;
    const commentId = await commentOn(storyId, "ar");
    const result = await voteOnComment(commentId, newReader().id, "198.51.100.9", "up");
    expect(result).toMatchObject({ ok: true, tags: [cacheTags.comments(storyId, "ar")] });
    expect(result.ok && result.tags).not.toContain(cacheTags.comments(otherStory, "en"));
  });

  it("a published comment names its story version; a pending one names nothing", async () => {
    expect(await postComment(await input())).toMatchObject({ tags: [cacheTags.comments(storyId, "en")] });
    await setModerationModeValue("pre");
    expect(await postComment(await input())).toMatchObject({ status: "PENDING", tags: [] });
  });

  it("moderating a comment and closing a story name what readers see change", async () => {
    const commentId = await commentOn(storyId, "ar");
    const { id } = await createNewsroomUser(prisma, {
      email: "tags@example.com",
      name: "Tag",
      password: "long-enough-1",
      role: "EDITOR",
    });
    const editor = { id, name: "Tag", email: "tags@example.com", role: "EDITOR" as const, locales: [] };
    expect(await moderateComment(editor, commentId, "hide")).toMatchObject({
      tags: [cacheTags.comments(storyId, "ar")],
    });
    expect(await setCommentsClosed(editor, storyId, true)).toEqual({
      ok: true,
      tags: [cacheTags.story(storyId), cacheTags.comments(storyId, "en"), cacheTags.comments(storyId, "ar")],
    });
  });
});

describe("reports", () => {
  async function comments(count: number): Promise<number[]> {
    await prisma.comment.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        storyId,
        locale: "en" as const,
        authorName: `Reader ${i}`,
        body: `Comment ${i}`,
        bodyHash: `report-${i}`,
        readerId: `r-${i}`,
        addressHash: "a",
      })),
    });
    return (await prisma.comment.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
  }

  it("a reader may report ten comments an hour", async () => {
    const ids = await comments(11);
    const reader = newReader().id;
    const results = [];
    for (const [i, id] of ids.entries()) results.push(await reportComment(id, reader, `203.0.113.${i}`));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toEqual({ ok: false, kind: "rate-limited" });
    expect(await prisma.commentReport.count()).toBe(10);
  });

  it("an address may send thirty reports an hour, whatever the reader", async () => {
    const [id] = await comments(1);
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await reportComment(id!, newReader().id, "203.0.113.200"));
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(results[30]).toEqual({ ok: false, kind: "rate-limited" });
    expect((await prisma.comment.findUniqueOrThrow({ where: { id: id! } })).reportCount).toBe(30);
  });
});

describe("purging expired limits", () => {
  const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);

  async function seedRows(): Promise<void> {
    await prisma.rateLimitBucket.createMany({
      data: [
        { key: "old", windowStart: ago(2 * 86_400), count: 3 },
        { key: "fresh", windowStart: ago(3_600), count: 3 },
      ],
    });
    await prisma.commentFormToken.createMany({
      data: [
        { id: "used", readerId: "r", storyId, locale: "en", issuedAt: ago(60), usedAt: ago(30) },
        { id: "expired", readerId: "r", storyId, locale: "en", issuedAt: ago(3 * 3_600) },
        { id: "unused", readerId: "r", storyId, locale: "en", issuedAt: ago(60) },
      ],
    });
    await prisma.signInThrottle.createMany({
      data: [
        { key: "stale", failures: 2, blockedUntil: ago(2 * 86_400), updatedAt: ago(2 * 86_400) },
        { key: "still-blocked", failures: 9, blockedUntil: ago(-3_600), updatedAt: ago(2 * 86_400) },
        { key: "recent", failures: 1, blockedUntil: ago(60), updatedAt: ago(60) },
      ],
    });
  }

  async function remaining(): Promise<string[][]> {
    return [
      (await prisma.rateLimitBucket.findMany({ orderBy: { key: "asc" } })).map((r) => r.key),
      (await prisma.commentFormToken.findMany({ orderBy: { id: "asc" } })).map((r) => r.id),
      (await prisma.signInThrottle.findMany({ orderBy: { key: "asc" } })).map((r) => r.key),
    ];
  }

  it("removes buckets, tokens and throttles that can no longer matter and keeps the rest", async () => {
    await seedRows();
    expect(await purgeExpiredRateLimits()).toEqual({
      rateLimitBuckets: 1,
      formTokens: 2,
      signInThrottles: 1,
    });
    expect(await remaining()).toEqual([["fresh"], ["unused"], ["recent", "still-blocked"]]);
  });

  it("runs from the write paths at most every few minutes", async () => {
    const later = Date.now() + 1_000_000_000;
    await purgeExpiredRateLimitsSometimes(later);
    await seedRows();
    await purgeExpiredRateLimitsSometimes(later + 60_000);
    expect((await remaining())[0]).toEqual(["fresh", "old"]);
    await purgeExpiredRateLimitsSometimes(later + 6 * 60_000);
    expect((await remaining())[0]).toEqual(["fresh"]);
  });
});
