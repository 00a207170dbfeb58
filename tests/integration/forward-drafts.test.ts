import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeStatus, stepsFor } from "@/lib/newsroom/workflow/change-status";
import { holdEditLock, takeOverEditLock } from "@/lib/newsroom/workflow/edit-lock";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { restoreRevision } from "@/lib/newsroom/editor/revision-history";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { findCurrentSlug } from "@/lib/stories/slug-redirects";
import { findStoryId, loadStoryPage } from "@/lib/stories/story-page-data";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translatorAr: NewsroomUser;
let translatorEn: NewsroomUser;
let storyId: number;

const bilingual = stories.find((s) => s.translations.en && s.translations.ar && s.sourceLocale === "en")!;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "maya@example.com");
  translatorAr = await createMember(prisma, "TRANSLATOR", "lina@example.com", ["ar"]);
  translatorEn = await createMember(prisma, "TRANSLATOR", "sam@example.com", ["en"]);
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
});

const live = () =>
  prisma.storyTranslation.findUniqueOrThrow({
    where: { storyId_locale: { storyId, locale: "ar" } },
    include: { draft: true },
  });

/** The Arabic version saved by `who` from `baseRevision`, with a corrected dek (and slug, when given). */
async function saveArabic(
  who: NewsroomUser,
  dek: string,
  opts: { baseRevision?: number; slug?: string } = {},
) {
  const version = await live();
  return saveTranslation(who, {
    storyId,
    locale: "ar",
    baseRevision: opts.baseRevision ?? version.revision,
    sourceRevision: 1,
    fields: {
      slug: opts.slug ?? version.slug,
      headline: version.headline,
      dek,
      body: version.body,
      leadImageAlt: version.leadImageAlt,
    },
  });
}

describe("forward drafts", () => {
  it("a save that changes nothing stores nothing: no draft, no revision", async () => {
    const before = await live();
    const saved = await saveArabic(editor, before.dek);
    expect(saved).toMatchObject({ ok: true, unchanged: true, revision: before.revision });
    const after = await live();
    expect(after.draft).toBeNull();
    expect(after.revision).toBe(before.revision);
    expect(await prisma.translationRevision.count({ where: { translationId: before.id } })).toBe(
      await prisma.translationRevision.count({
        where: { translationId: before.id, number: { lte: before.revision } },
      }),
    );
  });

  it("the live text saved back over a draft leaves no draft identical to it", async () => {
    const before = await live();
    expect(await saveArabic(translatorAr, "موجز مصحّح")).toMatchObject({ ok: true, draft: true });
    const reverted = await saveArabic(translatorAr, before.dek);
    expect(reverted).toMatchObject({ ok: true, draft: false, revision: before.revision + 2 });
    const after = await live();
    expect(after.draft).toBeNull();
    expect(after.dek).toBe(before.dek);
  });

  it("a translation saved unchanged against a newer source still records that it caught up", async () => {
    await prisma.story.update({ where: { id: storyId }, data: { sourceRevision: 3 } });
    const before = await live();
    const version = await saveTranslation(translatorAr, {
      storyId,
      locale: "ar",
      baseRevision: before.revision,
      sourceRevision: 3,
      fields: {
        slug: before.slug,
        headline: before.headline,
        dek: before.dek,
        body: before.body,
        leadImageAlt: before.leadImageAlt,
      },
    });
    expect(version).toMatchObject({ ok: true, draft: true });
    expect((await live()).draft).toMatchObject({ sourceRevision: 3 });
  });

  it("readers keep the live text until an editor publishes the translator's reviewed draft", async () => {
    const before = await live();
    const saved = await saveArabic(translatorAr, "موجز مصحّح");
    expect(saved).toMatchObject({ ok: true, draft: true, revision: before.revision + 1, tags: [] });

    const during = await live();
    expect(during).toMatchObject({
      status: "PUBLISHED",
      dek: before.dek,
      updatedAt: before.updatedAt,
      revision: before.revision + 1,
      draft: { dek: "موجز مصحّح", status: "DRAFT" },
    });
    expect(await findStoryId("ar", before.slug)).toBe(storyId);
    expect(await loadStoryPage(storyId, "ar")).toMatchObject({ dek: before.dek });
    // The newsroom's preview shows what readers will see once it is published.
    expect(await loadStoryPage(storyId, "ar", { unpublished: true })).toMatchObject({ dek: "موجز مصحّح" });

    // Translators send the draft for review; only editors publish it.
    expect(stepsFor(translatorAr, "PUBLISHED", "ar", "DRAFT")).toEqual(["submit"]);
    expect(await changeStatus(translatorAr, { storyId, locale: "ar", step: "submit" })).toMatchObject({
      ok: true,
      status: "PUBLISHED",
      tags: [],
    });
    expect((await live()).draft).toMatchObject({ status: "IN_REVIEW" });
    expect(await changeStatus(translatorAr, { storyId, locale: "ar", step: "publish" })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(stepsFor(editor, "PUBLISHED", "ar", "IN_REVIEW")).toEqual(["withdraw", "publish", "unpublish"]);

    const published = await changeStatus(editor, { storyId, locale: "ar", step: "publish" });
    expect(published).toMatchObject({ ok: true, status: "PUBLISHED" });
    expect(published.ok && published.tags).toEqual(
      expect.arrayContaining([`story:${storyId}`, "lists:ar", `slug:ar:${before.slug}`]),
    );
    const after = await live();
    expect(after).toMatchObject({ dek: "موجز مصحّح", draft: null, publishedAt: before.publishedAt });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());

    const audit = await prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.actorId, entry.action, entry.subject, entry.details])).toEqual([
      [
        translatorAr.id,
        "translation.draft.save",
        `story:${storyId}/ar`,
        { slug: before.slug, revision: before.revision + 1 },
      ],
      [
        translatorAr.id,
        "translation.submit",
        `story:${storyId}/ar`,
        { slug: before.slug, from: "DRAFT", to: "IN_REVIEW", revision: before.revision + 1, draft: true },
      ],
      [
        editor.id,
        "translation.draft.publish",
        `story:${storyId}/ar`,
        // The source revision the draft was translated from: time to translation pairs publishes by it.
        { slug: before.slug, previousSlug: before.slug, revision: before.revision + 1, sourceRevision: 1 },
      ],
    ]);
  });

  it("a draft save over a newer draft is refused and shows the newer draft; revisions keep both", async () => {
    const start = (await live()).revision;
    await saveArabic(translatorAr, "موجز المترجمة");
    const late = await saveArabic(editor, "موجز المحرّرة", { baseRevision: start });
    expect(late).toMatchObject({
      ok: false,
      kind: "conflict",
      theirs: { revision: start + 1, dek: "موجز المترجمة", savedBy: "lina@example.com" },
    });
    expect(await saveArabic(editor, "موجز المحرّرة", { baseRevision: start + 1 })).toMatchObject({ ok: true });
    const revisions = await prisma.translationRevision.findMany({
      where: { translation: { storyId, locale: "ar" }, number: { gt: start } },
      orderBy: { number: "asc" },
    });
    expect(revisions.map((r) => r.dek)).toEqual(["موجز المترجمة", "موجز المحرّرة"]);
    // Restoring an older revision of a published version also goes to the draft.
    const restored = await restoreRevision(editor, {
      storyId,
      locale: "ar",
      number: start + 1,
      baseRevision: start + 2,
      confirmed: true,
    });
    expect(restored).toMatchObject({ ok: true, draft: true });
    expect((await live()).draft).toMatchObject({ dek: "موجز المترجمة" });
  });

  it("a new slug in a draft redirects the old one only once published", async () => {
    const before = await live();
    await saveArabic(editor, before.dek, { slug: "معرف-جديد-للمسودة" });
    expect(await findStoryId("ar", "معرف-جديد-للمسودة")).toBeNull();
    expect(await findCurrentSlug("ar", before.slug)).toBeNull();
    await changeStatus(editor, { storyId, locale: "ar", step: "publish" });
    expect(await findStoryId("ar", "معرف-جديد-للمسودة")).toBe(storyId);
    expect(await findCurrentSlug("ar", before.slug)).toBe("معرف-جديد-للمسودة");
  });

  it("refuses a draft slug another version uses, and a publish whose slug was taken meanwhile", async () => {
    const other = await prisma.storyTranslation.findFirstOrThrow({
      where: { locale: "ar", storyId: { not: storyId } },
    });
    expect(await saveArabic(editor, "موجز", { slug: other.slug })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { slug: "slugTaken" },
    });
    await saveArabic(editor, "موجز", { slug: "معرف-سيؤخذ" });
    await prisma.storyTranslation.update({ where: { id: other.id }, data: { slug: "معرف-سيؤخذ" } });
    expect(await changeStatus(editor, { storyId, locale: "ar", step: "publish" })).toEqual({
      ok: false,
      kind: "slug-taken",
    });
    expect(await live()).toMatchObject({ draft: { slug: "معرف-سيؤخذ" } });
  });

  it("unpublishing a version with a draft keeps the draft's text as the version's, losing nothing", async () => {
    await saveArabic(translatorAr, "نص المسودة");
    expect(
      await changeStatus(editor, { storyId, locale: "ar", step: "unpublish", confirmed: true }),
    ).toMatchObject({
      ok: true,
      status: "DRAFT",
    });
    expect(await live()).toMatchObject({ status: "DRAFT", dek: "نص المسودة", draft: null });
  });
});

describe("edit locks", () => {
  const staleBy = (minutes: number) =>
    prisma.editLock.updateMany({
      where: { storyId, locale: "ar" },
      data: { heartbeatAt: new Date(Date.now() - minutes * 60_000) },
    });

  it("the first to open a version holds it; others see who and since when", async () => {
    const first = await holdEditLock(translatorAr, storyId, "ar", "en");
    expect(first).toMatchObject({ held: true, holder: null });
    expect(await holdEditLock(editor, storyId, "ar", "en")).toEqual({
      held: false,
      holder: "lina@example.com",
      holderGender: "other",
      since: first.since,
    });
    // The heartbeat keeps it, with the time it was first opened.
    expect(await holdEditLock(translatorAr, storyId, "ar", "en")).toEqual(first);
  });

  it("expires after five minutes without a heartbeat", async () => {
    await holdEditLock(translatorAr, storyId, "ar", "en");
    await staleBy(4);
    expect(await holdEditLock(editor, storyId, "ar", "en")).toMatchObject({
      held: false,
      holder: "lina@example.com",
    });
    await staleBy(6);
    expect(await holdEditLock(editor, storyId, "ar", "en")).toMatchObject({ held: true });
    expect(await holdEditLock(translatorAr, storyId, "ar", "en")).toMatchObject({
      held: false,
      holder: "maya@example.com",
    });
  });

  it("two members opening at once: exactly one holds it", async () => {
    const results = await Promise.all([
      holdEditLock(translatorAr, storyId, "ar", "en"),
      holdEditLock(editor, storyId, "ar", "en"),
    ]);
    expect(results.filter((r) => r.held)).toHaveLength(1);
  });

  it("a take-over is audited and the previous holder's heartbeat says who took it", async () => {
    const first = await holdEditLock(translatorAr, storyId, "ar", "en");
    expect(await takeOverEditLock(translatorEn, storyId, "ar")).toEqual({ ok: false, kind: "forbidden" });
    expect(await takeOverEditLock(editor, storyId, "ar")).toEqual({ ok: true });
    expect(await holdEditLock(translatorAr, storyId, "ar", "en")).toMatchObject({
      held: false,
      holder: "maya@example.com",
    });
    expect(await prisma.auditEntry.findMany()).toMatchObject([
      {
        actorId: editor.id,
        action: "translation.lock.takeover",
        subject: `story:${storyId}/ar`,
        details: { fromUserId: translatorAr.id, fromName: "lina@example.com", since: first.since },
      },
    ]);
    // The lock does not stop the previous holder's save; the revision check still does its job.
    expect(await saveArabic(translatorAr, "موجز")).toMatchObject({ ok: true });
  });

  it("sending for review hands the version on: the sender's lock goes", async () => {
    await holdEditLock(translatorAr, storyId, "ar", "en");
    await saveArabic(translatorAr, "موجز");
    await changeStatus(translatorAr, { storyId, locale: "ar", step: "submit" });
    expect(await holdEditLock(editor, storyId, "ar", "en")).toMatchObject({ held: true });
  });
});
