import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeLists } from "@/lib/cache-proxy/invalidation";
import { moderateComment, setCommentsClosed } from "@/lib/comments/moderation";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import { addCorrection } from "@/lib/newsroom/workflow/corrections";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { cacheTags } from "@/lib/stories/cache-tags";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

// Every command that changes what readers see, and how the caching proxy
// lets go of the pages: soft (readers keep the old copy until the new one is
// rendered) or hard (gone at once, never from grace). Comments posted and
// voted on are in comments.test.ts ("cache tags"), soft like moderation here.

let prisma: PrismaClient;
let editor: NewsroomUser;
let storyId: number;
const bilingual = stories.find((s) => s.translations.en && s.translations.ar && s.sourceLocale === "en")!;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "purges@example.com");
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
});

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

const arabic = () =>
  prisma.storyTranslation.findUniqueOrThrow({ where: { storyId_locale: { storyId, locale: "ar" } } });

/** A draft over the live Arabic text, with these fields changed; returns the live text it started from. */
async function draftOverArabic(change: { dek?: string; slug?: string }) {
  const live = await arabic();
  ok(
    await saveTranslation(editor, {
      storyId,
      locale: "ar",
      baseRevision: live.revision,
      sourceRevision: 1,
      fields: { ...live, ...change },
    }),
  );
  return live;
}

describe("purge kinds, command by command", () => {
  it("edits are soft: a correction, the story's details, a publish, a draft published over the live text", async () => {
    const correction = purgeLists(
      ok(
        await addCorrection(editor, { storyId, locale: "en", kind: "correction", text: "A date was wrong." }),
      ),
    );
    expect(correction.hard).toEqual([]);
    expect(correction.soft).toContain(cacheTags.story(storyId));

    const section = await prisma.section.findFirstOrThrow();
    const details = purgeLists(
      ok(await updateStoryDetails(editor, { storyId, sectionId: section.id, authorIds: [], image: null })),
    );
    expect(details.hard).toEqual([]);
    expect(details.soft).toContain(cacheTags.story(storyId));

    ok(await changeStatus(editor, { storyId, locale: "ar", step: "unpublish", confirmed: true }));
    const publish = purgeLists(ok(await changeStatus(editor, { storyId, locale: "ar", step: "publish" })));
    expect(publish.hard).toEqual([]);
    expect(publish.soft).toEqual(expect.arrayContaining([cacheTags.story(storyId), cacheTags.lists("ar")]));

    await draftOverArabic({ dek: "موجز مصحّح بعد النشر" });
    const draft = purgeLists(ok(await changeStatus(editor, { storyId, locale: "ar", step: "publish" })));
    expect(draft.hard).toEqual([]);
    expect(draft.soft).toContain(cacheTags.story(storyId));
  });

  it("withdrawals are hard: unpublishing drops the story and every list that showed it", async () => {
    const { slug } = await arabic();
    const unpublish = purgeLists(
      ok(await changeStatus(editor, { storyId, locale: "ar", step: "unpublish", confirmed: true })),
    );
    expect(unpublish.soft).toEqual([]);
    expect(unpublish.hard).toEqual(
      expect.arrayContaining([
        cacheTags.story(storyId),
        cacheTags.lists("ar"),
        cacheTags.mentions("ar"),
        cacheTags.slug("ar", slug),
      ]),
    );
  });

  it("a retired slug is hard, the rest of that publish soft", async () => {
    const live = await draftOverArabic({ slug: "معرف-جديد-للخبر" });
    const renamed = purgeLists(ok(await changeStatus(editor, { storyId, locale: "ar", step: "publish" })));
    expect(renamed.hard).toEqual([cacheTags.slug("ar", live.slug)]);
    expect(renamed.soft).toEqual(
      expect.arrayContaining([cacheTags.story(storyId), cacheTags.slug("ar", "معرف-جديد-للخبر")]),
    );
  });

  it("moderation is soft: hiding a comment, closing a story's comments", async () => {
    const comment = await prisma.comment.create({
      data: {
        storyId,
        locale: "en",
        authorName: "Reader",
        body: "A comment to hide.",
        status: "VISIBLE",
        readerId: "purge-kinds-reader",
        bodyHash: "purge-kinds-body",
        addressHash: "purge-kinds-address",
      },
    });
    const hide = purgeLists(ok(await moderateComment(editor, comment.id, "hide")));
    expect(hide).toEqual({ soft: [cacheTags.comments(storyId, "en")], hard: [] });
    const close = purgeLists(ok(await setCommentsClosed(editor, storyId, true)));
    expect(close.hard).toEqual([]);
    expect(close.soft).toEqual(
      expect.arrayContaining([cacheTags.story(storyId), cacheTags.comments(storyId, "ar")]),
    );
  });
});
