import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { parseAuditFilters } from "@/lib/audit-log/audit-filters";
import { auditBatches, listAudit } from "@/lib/audit-log/audit-query";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import { restoreRevision } from "@/lib/newsroom/editor/revision-history";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { createStory, updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  await prisma.auditEntry.deleteMany();
  editor = await createMember(prisma, "EDITOR", "audit-editor@example.com");
});

const fields = {
  slug: "harbour-audit-story",
  headline: "Harbour audit story",
  dek: "A story made to be audited.",
  body: "First paragraph.",
  leadImageAlt: "",
};

async function newStory(): Promise<number> {
  const section = await prisma.section.findFirstOrThrow();
  const created = await createStory(editor, {
    sourceLocale: "en",
    sectionId: section.id,
    authorIds: [],
    image: null,
    fields,
  });
  if (!created.ok) throw new Error("story not created");
  return created.storyId;
}

const actions = async () =>
  (await prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).map((entry) => entry.action);

describe("the audit log records every newsroom step", () => {
  it("story creation, details, saves, slug changes, restores and review steps, each naming its story", async () => {
    const id = await newStory();
    const section = await prisma.section.findFirstOrThrow({ where: { stories: { some: { id } } } });
    expect(
      await updateStoryDetails(editor, { storyId: id, sectionId: section.id, authorIds: [], image: null }),
    ).toMatchObject({ ok: true });
    const renamed = await saveTranslation(editor, {
      storyId: id,
      locale: "en",
      baseRevision: 1,
      sourceRevision: 1,
      fields: { ...fields, slug: "harbour-audit-story-renamed" },
    });
    expect(renamed).toMatchObject({ ok: true, revision: 2 });
    expect(
      await restoreRevision(editor, {
        storyId: id,
        locale: "en",
        number: 1,
        baseRevision: 2,
        confirmed: true,
      }),
    ).toMatchObject({ ok: true, revision: 3 });
    await changeStatus(editor, { storyId: id, locale: "en", step: "submit" });
    await changeStatus(editor, { storyId: id, locale: "en", step: "withdraw" });

    expect(await actions()).toEqual([
      "story.create",
      "story.details",
      "translation.save",
      "translation.slug",
      "translation.restore",
      // The restore brought the first slug back.
      "translation.slug",
      "translation.submit",
      "translation.withdraw",
    ]);
    const entries = await prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(entries.every((entry) => entry.storyId === id && entry.actorId === editor.id)).toBe(true);
    expect(entries[3]).toMatchObject({
      subject: `story:${id}/en`,
      details: { revision: 2, from: "harbour-audit-story", to: "harbour-audit-story-renamed" },
    });
    expect(entries[4]).toMatchObject({ details: { revision: 3, restored: 1 } });
  });

  it("a refused step records nothing", async () => {
    const id = await newStory();
    await prisma.auditEntry.deleteMany();
    const translator = await createMember(prisma, "TRANSLATOR", "t@example.com", ["ar"]);
    await changeStatus(translator, { storyId: id, locale: "en", step: "submit" });
    await saveTranslation(editor, { storyId: id, locale: "en", baseRevision: 7, sourceRevision: 1, fields });
    expect(await actions()).toEqual([]);
  });
});

describe("reading the log", () => {
  it("filters by person, action, story and day, in the newsroom's time zone", async () => {
    const id = await newStory();
    await recordAudit(prisma, {
      actorId: null,
      action: "signin.throttled",
      subject: "account:x@example.com",
    });
    const all = await listAudit(parseAuditFilters({}), "en");
    expect(all.total).toBe(2);
    expect(all.rows[0]).toMatchObject({ action: "signin.throttled", actorName: null, storyId: null });
    expect(all.rows[1]).toMatchObject({
      action: "story.create",
      storyId: id,
      locale: "en",
      storyTitle: fields.headline,
      actorName: editor.name,
    });

    const by = async (query: Record<string, string>) =>
      (await listAudit(parseAuditFilters(query), "en")).rows.map((row) => row.code);
    expect(await by({ actor: "system" })).toEqual(["signin.throttled"]);
    expect(await by({ actor: editor.id })).toEqual(["story.create"]);
    expect(await by({ action: "story.create" })).toEqual(["story.create"]);
    expect(await by({ action: "no.such.code" })).toHaveLength(2);
    expect(await by({ story: String(id) })).toEqual(["story.create"]);
    expect(await by({ story: String(id + 1000) })).toEqual([]);

    // An entry made at 23:30 Beirut time on 1 June (20:30 UTC) belongs to 1 June there.
    await prisma.auditEntry.updateMany({ data: { createdAt: new Date("2026-06-01T20:30:00Z") } });
    expect(await by({ from: "2026-06-01", to: "2026-06-01" })).toHaveLength(2);
    expect(await by({ from: "2026-06-02" })).toEqual([]);
    expect(await by({ to: "2026-05-31" })).toEqual([]);
  });

  it("pages in SQL and shows the last page for a page past the end", async () => {
    await prisma.auditEntry.createMany({
      data: Array.from({ length: 120 }, (_, n) => ({
        action: "user.enable",
        subject: `user:${n}@example.com`,
      })),
    });
    const third = await listAudit(parseAuditFilters({ page: "3" }), "en");
    expect(third).toMatchObject({ page: 3, pageCount: 3, total: 120 });
    expect(third.rows).toHaveLength(20);
    expect((await listAudit(parseAuditFilters({ page: "999999" }), "en")).page).toBe(3);

    let exported = 0;
    for await (const batch of auditBatches(parseAuditFilters({}), "en", 50)) exported += batch.length;
    expect(exported).toBe(120);
  });
});
