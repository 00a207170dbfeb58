import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Runner } from "graphile-worker";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import {
  cancelSchedule,
  runScheduledChange,
  scheduleChange,
} from "@/lib/newsroom/schedule/scheduled-changes";
import { dismissScheduleFailure, scheduleFailures } from "@/lib/newsroom/schedule/schedule-failures";
import { queryMostRead } from "@/lib/reads/most-read";
import { countRead } from "@/lib/reads/read-counting";
import { searchStories } from "@/lib/search/search-stories";
import { parseSearchRequest } from "@/lib/search/search-request";
import { querySitemapStories } from "@/lib/seo/sitemap-entries";
import { findRelatedStories } from "@/lib/stories/related-stories";
import { loadLatest } from "@/lib/stories/story-lists";
import { findStoryId, loadStoryPage } from "@/lib/stories/story-page-data";
import { stories } from "@/prisma/content/stories/index";
import { installJobQueue, startJobQueue } from "@/scripts/server/job-queue";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";
import { createMember } from "@/tests/setup/newsroom-member";
import { testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translator: NewsroomUser;

const bilingual = stories.find((s) => s.translations.en && s.translations.ar && s.sourceLocale === "en")!;
const arabic = bilingual.translations.ar!;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

seedDemoDatabaseForEachTest((client) => (prisma = client));
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-read-digests";

beforeAll(async () => {
  await installJobQueue(testDatabaseUrl());
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  translator = await createMember(prisma, "TRANSLATOR", "ar@example.com", ["ar"]);
});

async function storyId(): Promise<number> {
  return (await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } })).id;
}

/** The Arabic version taken back to a draft, as an embargoed story waits. */
async function arabicDraft(): Promise<number> {
  const id = await storyId();
  expect(
    (await changeStatus(editor, { storyId: id, locale: "ar", step: "unpublish", confirmed: true })).ok,
  ).toBe(true);
  return id;
}

async function jobsFor(scheduleId: number) {
  return prisma.$queryRaw<{ task_identifier: string; run_at: Date }[]>`
    SELECT task_identifier, run_at FROM graphile_worker.jobs WHERE key = ${`schedule:${scheduleId}`}`;
}

async function auditOf(action: string) {
  return prisma.auditEntry.findMany({ where: { action }, orderBy: { id: "asc" } });
}

describe("scheduling a change of status", () => {
  it("writes the schedule, its job at the chosen minute and an audit entry together", async () => {
    const id = await arabicDraft();
    const runAt = inMinutes(90);
    const result = await scheduleChange(editor, { storyId: id, locale: "ar", step: "publish", runAt });
    expect(result.ok).toBe(true);
    const scheduleId = result.ok ? result.scheduleId : 0;
    expect(await jobsFor(scheduleId)).toEqual([
      { task_identifier: "scheduled-status-change", run_at: runAt },
    ]);
    const [entry] = await auditOf("schedule.create");
    expect(entry).toMatchObject({
      actorId: editor.id,
      subject: `story:${id}/ar`,
      details: { scheduleId, step: "publish", runAt: runAt.toISOString() },
    });
  });

  it("refuses a translator, a minute already past and one more than a year ahead", async () => {
    const id = await arabicDraft();
    const request = { storyId: id, locale: "ar" as const, step: "publish" as const };
    expect(await scheduleChange(translator, { ...request, runAt: inMinutes(5) })).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await scheduleChange(editor, { ...request, runAt: inMinutes(-1) })).toEqual({
      ok: false,
      kind: "past",
    });
    expect(await scheduleChange(editor, { ...request, runAt: inMinutes(367 * 24 * 60) })).toEqual({
      ok: false,
      kind: "too-far",
    });
    expect(await prisma.scheduledChange.count()).toBe(0);
    expect(await prisma.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker.jobs`).toEqual([]);
  });

  it("refuses, when it is made, a schedule that could not run at its minute, and says why", async () => {
    const id = await storyId(); // both versions published, no newer draft
    const at = (minutes: number, step: "publish" | "unpublish") =>
      scheduleChange(editor, { storyId: id, locale: "ar", step, runAt: inMinutes(minutes) });
    expect(await at(30, "publish")).toEqual({ ok: false, kind: "nothing-to-publish" });
    // Unpublished at 30, it can be published again at 60, and not unpublished twice.
    expect((await at(30, "unpublish")).ok).toBe(true);
    expect((await at(60, "publish")).ok).toBe(true);
    expect(await at(45, "unpublish")).toEqual({ ok: false, kind: "not-published" });
    expect(await at(90, "publish")).toEqual({ ok: false, kind: "nothing-to-publish" });
    expect(await prisma.scheduledChange.count()).toBe(2);

    // Taken back to a draft now, it can be published before the schedules above.
    const draft = await arabicDraft();
    expect(
      (await scheduleChange(editor, { storyId: draft, locale: "ar", step: "publish", runAt: inMinutes(20) }))
        .ok,
    ).toBe(true);
  });

  it("cancels a pending schedule with its job, so it never fires", async () => {
    const id = await arabicDraft();
    const made = await scheduleChange(editor, {
      storyId: id,
      locale: "ar",
      step: "publish",
      runAt: inMinutes(10),
    });
    const scheduleId = made.ok ? made.scheduleId : 0;
    expect(await cancelSchedule(translator, { scheduleId })).toEqual({ ok: false, kind: "forbidden" });
    expect(await cancelSchedule(editor, { scheduleId })).toEqual({ ok: true, storyId: id, locale: "ar" });
    expect(await jobsFor(scheduleId)).toEqual([]);
    expect(await runScheduledChange(scheduleId)).toEqual({ ran: false });
    expect(await findStoryId("ar", arabic.slug)).toBeNull();
    expect((await auditOf("schedule.cancel")).map((entry) => entry.details)).toEqual([
      { scheduleId, step: "publish", runAt: made.ok ? expect.any(String) : null },
    ]);
  });

  it("publishes as the member who scheduled it, with the audit entry naming the scheduler, and only once", async () => {
    const id = await arabicDraft();
    const made = await scheduleChange(editor, {
      storyId: id,
      locale: "ar",
      step: "publish",
      runAt: inMinutes(1),
    });
    const scheduleId = made.ok ? made.scheduleId : 0;
    const first = await runScheduledChange(scheduleId);
    expect(first).toMatchObject({ ran: true, outcome: "done" });
    expect(first.ran && first.tags).toEqual(expect.arrayContaining([`story:${id}`]));
    expect(await runScheduledChange(scheduleId)).toEqual({ ran: false });
    const publishes = (await auditOf("translation.publish")).filter(
      (entry) => entry.subject === `story:${id}/ar`,
    );
    expect(publishes).toHaveLength(1);
    expect(publishes[0]).toMatchObject({
      actorId: editor.id,
      details: { scheduler: "job-queue", scheduleId, from: "DRAFT", to: "PUBLISHED" },
    });
  });

  it("does not publish for a member disabled since, and says why", async () => {
    const id = await arabicDraft();
    const made = await scheduleChange(editor, {
      storyId: id,
      locale: "ar",
      step: "publish",
      runAt: inMinutes(1),
    });
    const scheduleId = made.ok ? made.scheduleId : 0;
    await prisma.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expect(await runScheduledChange(scheduleId)).toEqual({
      ran: true,
      outcome: "forbidden",
      tags: [],
      withdrawn: [],
    });
    expect(await findStoryId("ar", arabic.slug)).toBeNull();
    expect((await auditOf("schedule.fail")).map((entry) => entry.details)).toEqual([
      expect.objectContaining({ scheduleId, reason: "forbidden" }),
    ]);

    // A notice for those who could publish it, until one of them dismisses it; translators never see it.
    const another = await createMember(prisma, "EDITOR", "editor2@example.com");
    expect(await scheduleFailures(another, "en")).toEqual([
      expect.objectContaining({
        id: scheduleId,
        storyId: id,
        locale: "ar",
        step: "publish",
        reason: "forbidden",
        scheduledBy: "editor@example.com",
      }),
    ]);
    expect(await scheduleFailures(another, "en", id + 1)).toEqual([]);
    expect(await scheduleFailures(translator, "en")).toEqual([]);
    expect(await dismissScheduleFailure(translator, scheduleId)).toEqual({ ok: false, kind: "forbidden" });
    expect(await dismissScheduleFailure(another, scheduleId)).toEqual({ ok: true, storyId: id });
    expect(await scheduleFailures(another, "en")).toEqual([]);
    expect(await dismissScheduleFailure(another, scheduleId)).toEqual({ ok: false, kind: "not-found" });
    expect(await auditOf("schedule.dismiss")).toEqual([
      expect.objectContaining({ actorId: another.id, subject: `story:${id}/ar` }),
    ]);
  });
});

describe("an embargoed version", () => {
  it("is nowhere for readers until its minute, then everywhere", async () => {
    const id = await storyId();
    // Read while it was out, so most-read would list it if it let drafts through.
    await countRead({ storyId: id, locale: "ar", clientIp: "203.0.113.9", userAgent: "Mozilla/5.0" });
    await arabicDraft();
    const made = await scheduleChange(editor, {
      storyId: id,
      locale: "ar",
      step: "publish",
      runAt: inMinutes(30),
    });
    const scheduleId = made.ok ? made.scheduleId : 0;

    const seen = async () => {
      const latest = (await loadLatest("ar", 1, null, 500)).stories.map((story) => story.storyId);
      const sitemap = (await querySitemapStories("ar", 0, 50_000)).map((entry) => entry.path);
      const search = await searchStories("ar", parseSearchRequest({ q: arabic.headline }));
      const others = latest.filter((other) => other !== id);
      const related = await Promise.all(others.map((other) => findRelatedStories(other, "ar")));
      return {
        page: (await findStoryId("ar", arabic.slug)) !== null && (await loadStoryPage(id, "ar")) !== null,
        englishLinksToIt: (await loadStoryPage(id, "en"))!.otherVersions.some((v) => v.locale === "ar"),
        lists: latest.includes(id),
        sitemap: sitemap.some((path) => path.endsWith(`/${encodeURIComponent(arabic.slug)}`)),
        search: search.kind === "results" && search.hits.some((hit) => hit.storyId === id),
        related: related.flat().some((story) => story.storyId === id),
        mostRead: (await queryMostRead("ar")).some((story) => story.storyId === id),
      };
    };

    expect(await seen()).toEqual({
      page: false,
      englishLinksToIt: false,
      lists: false,
      sitemap: false,
      search: false,
      related: false,
      mostRead: false,
    });
    // Only a member sees it before then, in the preview.
    expect(await loadStoryPage(id, "ar", { unpublished: true })).not.toBeNull();

    await runScheduledChange(scheduleId);
    expect(await seen()).toMatchObject({
      page: true,
      englishLinksToIt: true,
      lists: true,
      sitemap: true,
      search: true,
      mostRead: true,
    });
  });
});

describe("the job queue", () => {
  let runners: Runner[] = [];
  let app: Server | null = null;

  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    runners = [];
    await new Promise((closed) => (app ? app.close(closed) : closed(undefined)));
    app = null;
  });

  it("fires a due schedule exactly once with two workers on one database", async () => {
    const id = await arabicDraft();
    // Stands in for the app's job route: fires the schedule as that route does.
    const calls: number[] = [];
    app = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const { scheduleId } = JSON.parse(body) as { scheduleId: number };
        calls.push(scheduleId);
        void runScheduledChange(scheduleId).then((result) => res.end(JSON.stringify(result)));
      });
    });
    await new Promise<void>((listening) => app!.listen(0, "127.0.0.1", listening));
    const appOrigin = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    for (let i = 0; i < 2; i++) {
      runners.push(await startJobQueue({ connectionString: testDatabaseUrl(), appOrigin, token: "test" }));
    }

    const runAt = new Date(Date.now() + 3_000);
    const made = await scheduleChange(editor, { storyId: id, locale: "ar", step: "publish", runAt });
    const scheduleId = made.ok ? made.scheduleId : 0;
    await expect
      .poll(async () => (await prisma.scheduledChange.findUnique({ where: { id: scheduleId } }))?.outcome, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe("done");
    const row = await prisma.scheduledChange.findUniqueOrThrow({ where: { id: scheduleId } });
    expect(row.ranAt!.getTime() - runAt.getTime()).toBeLessThan(60_000);
    expect(row.ranAt!.getTime()).toBeGreaterThanOrEqual(runAt.getTime());
    expect(await findStoryId("ar", arabic.slug)).toBe(id);
    // A done job is deleted, so neither worker can take it again.
    await expect.poll(() => jobsFor(scheduleId)).toEqual([]);
    expect(calls).toEqual([scheduleId]);
    expect((await auditOf("translation.publish")).filter((e) => e.subject === `story:${id}/ar`)).toHaveLength(
      1,
    );
    expect(await jobsFor(scheduleId)).toEqual([]);
  });
});
