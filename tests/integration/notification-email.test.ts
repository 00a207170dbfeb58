import { Logger, runOnce } from "graphile-worker";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NOTIFICATION_EMAIL_TASK } from "@/lib/jobs/job-calls";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { setReceivedKinds } from "@/lib/notifications/inbox";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { sendNotificationEmail } from "@/lib/notifications/send-notification-email";
import { installJobQueue } from "@/scripts/server/job-queue";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";
import { createMember } from "@/tests/setup/newsroom-member";
import { testDatabaseUrl } from "@/tests/setup/test-database";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { withRequestLog } from "@/lib/logging/request-log-context";

// Read by lib/env when the modules above load, so set before them: a real
// SMTP server on a free port (started by each test that wants mail taken),
// and a public origin for the links.
const { smtpPort, savedEnv } = await vi.hoisted(async () => {
  const { freePort } = await import("@/scripts/db/free-port");
  const savedEnv = { SMTP_URL: process.env.SMTP_URL, SITE_URL: process.env.SITE_URL };
  const smtpPort = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.SITE_URL = "https://news.example";
  return { smtpPort, savedEnv };
});

let prisma: PrismaClient;
let editor: NewsroomUser;
let admin: NewsroomUser;
let rana: NewsroomUser;
let samir: NewsroomUser;
let mailbox: SmtpInbox | null = null;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeAll(async () => {
  await installJobQueue(testDatabaseUrl());
});

afterAll(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  admin = await createMember(prisma, "ADMIN", "admin@example.com");
  rana = await createMember(prisma, "TRANSLATOR", "rana@example.com", ["ar"]);
  samir = await createMember(prisma, "TRANSLATOR", "samir@example.com", ["ar"]);
  await prisma.userDisplayName.create({ data: { userId: rana.id, locale: "ar", name: "رنا عون" } });
  await prisma.user.update({ where: { id: rana.id }, data: { gender: "FEMININE" } });
  await prisma.userDisplayName.create({ data: { userId: editor.id, locale: "ar", name: "كريم نصّار" } });
});

afterEach(async () => {
  await mailbox?.stop();
  mailbox = null;
});

async function publishNewEnglishStory(headline: string): Promise<number> {
  const section = await prisma.section.findFirstOrThrow();
  const created = await createStory(editor, {
    sourceLocale: "en",
    sectionId: section.id,
    authorIds: [],
    image: null,
    fields: { slug: "coastal-railway-study", headline, dek: "Dek.", body: "Body.", leadImageAlt: "" },
  });
  if (!created.ok) throw new Error("story not created");
  expect((await changeStatus(editor, { storyId: created.storyId, locale: "en", step: "publish" })).ok).toBe(
    true,
  );
  return created.storyId;
}

async function notificationOf(member: NewsroomUser, kind: string): Promise<number> {
  return (await prisma.notification.findFirstOrThrow({ where: { userId: member.id, kind } })).id;
}

/** The email jobs in the queue, oldest first. */
async function queuedEmails() {
  return prisma.$queryRaw<
    { key: string; payload: unknown; attempts: number; max_attempts: number; last_error: string | null }[]
  >`SELECT jobs.key, jobs.payload, jobs.attempts, jobs.max_attempts, jobs.last_error
    FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = ${NOTIFICATION_EMAIL_TASK} ORDER BY jobs.id`;
}

const worker = {
  connectionString: testDatabaseUrl(),
  concurrency: 1,
  noHandleSignals: true,
  // The failures are the point of one test; its assertions read them from the queue.
  logger: new Logger(() => () => {}),
  taskList: {
    // The task as the server runs it, without the hop through its own route.
    [NOTIFICATION_EMAIL_TASK]: async (payload: unknown) => {
      await sendNotificationEmail((payload as { notificationId: number }).notificationId);
    },
  },
};

describe("notification emails", () => {
  it("queue one job per member with email on, carrying only the notification's id and the publish's request id", async () => {
    await prisma.user.update({ where: { id: samir.id }, data: { emailNotifications: false } });
    // The job's log lines then carry the id of the request that published.
    const storyId = await withRequestLog("publish-request-1", {}, () =>
      publishNewEnglishStory("Coastal railway study published"),
    );
    const ranas = await notificationOf(rana, "source_published");
    // Samir keeps it in his inbox, without an email.
    await notificationOf(samir, "source_published");
    expect(await queuedEmails()).toEqual([
      {
        key: `notification-email:${ranas}`,
        payload: { notificationId: ranas, requestId: "publish-request-1" },
        attempts: 0,
        max_attempts: 10,
        last_error: null,
      },
    ]);
    expect(storyId).toBeGreaterThan(0);
  });

  it("never fail the action, nor lose the inbox's notification, when the queue cannot take the email", async () => {
    await prisma.$executeRawUnsafe("ALTER SCHEMA graphile_worker RENAME TO graphile_worker_away");
    try {
      await publishNewEnglishStory("Coastal railway study published");
    } finally {
      await prisma.$executeRawUnsafe("ALTER SCHEMA graphile_worker_away RENAME TO graphile_worker");
    }
    await notificationOf(rana, "source_published");
    expect(await queuedEmails()).toEqual([]);
  });

  it("write to an Arabic translator in Arabic, with the inbox's sentence, a link to the story and one to stop that kind", async () => {
    mailbox = await startSmtpInbox(smtpPort);
    const storyId = await publishNewEnglishStory("Coastal railway study published");
    expect(await sendNotificationEmail(await notificationOf(rana, "source_published"))).toBe("sent");

    expect(mailbox.received).toHaveLength(1);
    const [email] = mailbox.received;
    expect(email!.to).toEqual(["rana@example.com"]);
    expect(email!.headers.to).toContain("رنا عون");
    expect(email!.headers["content-language"]).toBe("ar");
    expect(email!.subject).toBe("نُشر الخبر Coastal railway study published وهو بانتظار ترجمته إلى العربية.");
    expect(email!.text).toContain("مرحبًا رنا عون،");
    expect(email!.text).toContain("نُشر الخبر \u2068Coastal railway study published\u2069 وهو بانتظار ترجمته");
    expect(email!.text).toContain(
      `للاطّلاع عليه في غرفة الأخبار: https://news.example/ar/newsroom/stories/${storyId}/ar`,
    );
    expect(email!.text).toContain("«أخبار جديدة للترجمة»");
    expect(email!.text).toContain("https://news.example/ar/newsroom/inbox#receive-source_published");
    expect(email!.html).toContain('<html lang="ar" dir="rtl">');
    expect(email!.html).toContain(
      `<a href="https://news.example/ar/newsroom/stories/${storyId}/ar" lang="en" dir="auto">Coastal railway study published</a>`,
    );
    expect(email!.headers.from).toBe("غرفة الأخبار في «أخبار المشرق» <newsroom@news.example>");
  });

  it("write to an editor in English, or in the newsroom language they chose, naming the member as that language does", async () => {
    mailbox = await startSmtpInbox(smtpPort);
    await prisma.user.update({ where: { id: admin.id }, data: { newsroomLocale: "ar" } });
    const { storyId } = await submittedArabicTranslation();
    await sendNotificationEmail(await notificationOf(editor, "review_requested"));
    await sendNotificationEmail(await notificationOf(admin, "review_requested"));

    const toEditor = mailbox.received.find((email) => email.to[0] === "editor@example.com")!;
    expect(toEditor.subject).toBe(
      "rana@example.com sent the Arabic version of Coastal railway study published for review.",
    );
    expect(toEditor.text).toContain("Hello editor@example.com,");
    expect(toEditor.text).toContain(
      `Open it in the newsroom: https://news.example/en/newsroom/stories/${storyId}`,
    );
    expect(toEditor.html).toContain('<html lang="en" dir="ltr">');
    const toAdmin = mailbox.received.find((email) => email.to[0] === "admin@example.com")!;
    // In Arabic, the story goes by its Arabic headline and Rana by her Arabic name, in the feminine.
    expect(toAdmin.subject).toBe("أرسلت رنا عون النسخة العربية من الخبر دراسة لسكة حديد ساحلية للمراجعة.");
  });

  it("send nothing to a member who muted the kind, turned email off or was disabled by the time it goes", async () => {
    mailbox = await startSmtpInbox(smtpPort);
    await setReceivedKinds(
      samir,
      NOTIFICATION_KINDS.filter((kind) => kind !== "source_published"),
    );
    await publishNewEnglishStory("Coastal railway study published");
    // Muted: no notification, so nothing queued for him.
    expect(await prisma.notification.count({ where: { userId: samir.id } })).toBe(0);
    expect(await queuedEmails()).toHaveLength(1);

    const ranas = await notificationOf(rana, "source_published");
    await prisma.user.update({ where: { id: rana.id }, data: { emailNotifications: false } });
    expect(await sendNotificationEmail(ranas)).toBe("not-wanted");
    await prisma.user.update({
      where: { id: rana.id },
      data: { emailNotifications: true, disabledAt: new Date() },
    });
    expect(await sendNotificationEmail(ranas)).toBe("not-wanted");
    await prisma.user.update({ where: { id: rana.id }, data: { disabledAt: null } });
    await setReceivedKinds(
      rana,
      NOTIFICATION_KINDS.filter((kind) => kind !== "source_published"),
    );
    expect(await sendNotificationEmail(ranas)).toBe("not-wanted");
    expect(mailbox.received).toEqual([]);
  });

  it("fail the job while the mail server is down, so the queue retries, and deliver exactly once when it is back", async () => {
    await prisma.user.update({ where: { id: samir.id }, data: { emailNotifications: false } });
    await publishNewEnglishStory("Coastal railway study published");
    const ranas = await notificationOf(rana, "source_published");

    // Nothing listens on the SMTP port: the job fails and is put back for later.
    await runOnce(worker);
    const [failed] = await queuedEmails();
    expect(failed).toMatchObject({ key: `notification-email:${ranas}`, attempts: 1 });
    expect(failed?.last_error).toMatch(/ECONNREFUSED/);

    // The server is back: the queue's next try (after its backoff of a few seconds) delivers it.
    mailbox = await startSmtpInbox(smtpPort);
    await expect
      .poll(
        async () => {
          await runOnce(worker);
          return queuedEmails();
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toEqual([]);
    expect(mailbox.received.map((email) => email.to)).toEqual([["rana@example.com"]]);

    // Run again (a call that timed out after the mail server took it): nothing is sent twice.
    expect(await sendNotificationEmail(ranas)).toBe("already-sent");
    expect(mailbox.received).toHaveLength(1);
  });
});

async function submittedArabicTranslation(): Promise<{ storyId: number }> {
  const storyId = await publishNewEnglishStory("Coastal railway study published");
  const saved = await saveTranslation(rana, {
    storyId,
    locale: "ar",
    baseRevision: null,
    sourceRevision: 1,
    fields: {
      slug: "دراسة-سكة-حديد",
      headline: "دراسة لسكة حديد ساحلية",
      dek: "موجز",
      body: "فقرة.",
      leadImageAlt: "",
    },
  });
  expect(saved.ok).toBe(true);
  expect((await changeStatus(rana, { storyId, locale: "ar", step: "submit" })).ok).toBe(true);
  return { storyId };
}
