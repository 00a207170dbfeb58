import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportComment } from "@/lib/comments/votes";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { loadInbox, markAllRead, setReceivedKinds, unreadCount } from "@/lib/notifications/inbox";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { assignTranslation, takeOverClaim } from "@/lib/translation-desk/claims";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let admin: NewsroomUser;
let rana: NewsroomUser;
let samir: NewsroomUser;
let jad: NewsroomUser;
let storyId: number;

const englishOnly = stories.find((s) => s.translations.en && !s.translations.ar && s.sourceLocale === "en")!;

seedDemoDatabaseForEachTest((client) => (prisma = client));
// Report rate limits hash the reader's address with the site's secret.
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-report-limits";

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  admin = await createMember(prisma, "ADMIN", "admin@example.com");
  rana = await createMember(prisma, "TRANSLATOR", "rana@example.com", ["ar"]);
  samir = await createMember(prisma, "TRANSLATOR", "samir@example.com", ["ar"]);
  jad = await createMember(prisma, "TRANSLATOR", "jad@example.com", ["en"]);
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: englishOnly.key } })).id;
});

/** Each member's notifications, as kinds, oldest first. */
async function kinds(member: NewsroomUser): Promise<string[]> {
  return (await loadInbox(member.id, "en")).map((item) => item.kind).reverse();
}

async function translateToArabic(by: NewsroomUser) {
  const saved = await saveTranslation(by, {
    storyId,
    locale: "ar",
    baseRevision: null,
    sourceRevision: 1,
    fields: { slug: "ترجمة-للتنبيهات", headline: "عنوان", dek: "موجز", body: "فقرة.", leadImageAlt: "" },
  });
  expect(saved.ok).toBe(true);
}

describe("notifications", () => {
  it("tell the editors of a version sent for review, and its translator that it was published or sent back", async () => {
    await translateToArabic(rana);
    await changeStatus(rana, { storyId, locale: "ar", step: "submit" });
    expect(await kinds(editor)).toEqual(["review_requested"]);
    expect(await kinds(admin)).toEqual(["review_requested"]);
    expect(await kinds(rana)).toEqual([]);

    await changeStatus(editor, { storyId, locale: "ar", step: "withdraw" });
    expect(await kinds(rana)).toEqual(["translation_returned"]);
    await changeStatus(rana, { storyId, locale: "ar", step: "submit" });
    await changeStatus(editor, { storyId, locale: "ar", step: "publish" });
    expect(await kinds(rana)).toEqual(["translation_returned", "translation_published"]);
    // Nobody is told of their own step.
    expect(await kinds(editor)).toEqual(["review_requested", "review_requested"]);

    const [latest] = await loadInbox(rana.id, "ar");
    expect(latest).toMatchObject({
      kind: "translation_published",
      storyId,
      locale: "ar",
      actor: editor.name,
    });
    expect(await unreadCount(rana.id)).toBe(2);
    await markAllRead(rana);
    expect(await unreadCount(rana.id)).toBe(0);
  });

  it("tell the other language's translators of a new story, unless they muted that kind", async () => {
    await setReceivedKinds(
      samir,
      NOTIFICATION_KINDS.filter((kind) => kind !== "source_published"),
    );
    const section = await prisma.section.findFirstOrThrow();
    const created = await createStory(editor, {
      sourceLocale: "en",
      sectionId: section.id,
      authorIds: [],
      image: null,
      fields: { slug: "new-for-translators", headline: "New", dek: "Dek.", body: "Body.", leadImageAlt: "" },
    });
    if (!created.ok) throw new Error("story not created");
    await changeStatus(editor, { storyId: created.storyId, locale: "en", step: "publish" });
    expect(await kinds(rana)).toEqual(["source_published"]);
    expect(await kinds(samir)).toEqual([]);
    expect(await kinds(jad)).toEqual([]);
    // A republish after an edit is not a new story.
    await changeStatus(editor, {
      storyId: created.storyId,
      locale: "en",
      step: "unpublish",
      confirmed: true,
    });
    await changeStatus(editor, { storyId: created.storyId, locale: "en", step: "publish" });
    expect(await kinds(rana)).toEqual(["source_published"]);
  });

  it("tell a member of a translation assigned to them, and the holder of a claim taken over", async () => {
    await assignTranslation(editor, storyId, "ar", rana.id);
    expect(await kinds(rana)).toEqual(["claim_assigned"]);
    await takeOverClaim(samir, storyId, "ar");
    expect(await kinds(rana)).toEqual(["claim_assigned", "claim_taken_over"]);
    expect(await kinds(samir)).toEqual([]);
  });

  it("tell those who moderate once a third reader reports a comment, and only then", async () => {
    const comment = await prisma.comment.create({
      data: {
        storyId,
        locale: "en",
        authorName: "Rima",
        body: "A comment readers dislike.",
        bodyHash: "hash",
        readerId: "writer",
        addressHash: "address",
      },
    });
    for (const reader of ["a", "b"]) await reportComment(comment.id, `reader-${reader}`, "198.51.100.7");
    expect(await kinds(editor)).toEqual([]);
    for (const reader of ["c", "d"]) await reportComment(comment.id, `reader-${reader}`, "198.51.100.8");
    expect(await kinds(editor)).toEqual(["comment_reported"]);
    expect(await kinds(admin)).toEqual(["comment_reported"]);
    expect(await kinds(rana)).toEqual([]);
  });
});
