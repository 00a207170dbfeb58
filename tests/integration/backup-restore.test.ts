import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";

import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { backupDatabase } from "@/scripts/db/backup";
import { type RunningDatabase, startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { restoreDatabase } from "@/scripts/db/restore";
import { tableRowCounts } from "@/scripts/db/table-row-counts";
import { seedIfEmpty } from "@/prisma/seed";
import { stories } from "@/prisma/content/stories/index";
import { picturesOf } from "@/prisma/seed-pictures";
import { freePort } from "@/scripts/db/free-port";
import { createTestClient, testAdminUrl } from "@/tests/setup/test-database";
import { withClient } from "@/tests/setup/pg-client";
import { installJobQueue } from "@/scripts/server/job-queue";

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// What must survive: every row, the longest Arabic story body as bytes, and
// an uploaded image as bytes.
const ARABIC_BODY = `SELECT id, headline, convert_to(body, 'UTF8') AS bytes FROM "StoryTranslation"
  WHERE locale = 'ar' ORDER BY length(body) DESC, id LIMIT 1`;
const MEDIA = `SELECT id, bytes FROM "MediaAsset" ORDER BY id`;
const demoUploads = new Set(stories.flatMap(picturesOf).map((picture) => picture.id)).size;

describe("backup and restore", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "news-backup-test-"));
  const dump = path.join(work, "news.dump");
  const source = `backup_source_${process.pid}`;
  let fresh: RunningDatabase;
  let freshDir: string;
  let before: {
    counts: Record<string, number>;
    body: { id: number; headline: string; bytes: Buffer };
    media: unknown[];
  };
  let countsAfterEdit: Awaited<ReturnType<typeof tableRowCounts>>;

  beforeAll(async () => {
    const sourceUrl = databaseUrl(testAdminUrl(), source);
    await withClient(testAdminUrl(), (c) => c.query(`CREATE DATABASE "${source}"`));
    await applyMigrations(sourceUrl);
    // The job queue's own schema travels with the backup too.
    await installJobQueue(sourceUrl);
    const prisma = await createTestClient(sourceUrl);
    const png = await sharp({
      create: { width: 8, height: 6, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } },
    })
      .png()
      .toBuffer();
    try {
      await seedIfEmpty(prisma);
      await prisma.mediaAsset.create({
        data: {
          id: createHash("sha256").update(png).digest("hex"),
          contentType: "image/png",
          bytes: png,
          width: 8,
          height: 6,
        },
      });
    } finally {
      await prisma.$disconnect();
    }
    before = await withClient(sourceUrl, async (c) => ({
      counts: await tableRowCounts(c),
      body: (await c.query(ARABIC_BODY)).rows[0],
      media: (await c.query(MEDIA)).rows,
    }));

    await backupDatabase({ url: sourceUrl, file: dump });
    // The original is gone before the restore: the dump must stand alone.
    await withClient(testAdminUrl(), (c) => c.query(`DROP DATABASE "${source}" WITH (FORCE)`));

    freshDir = mkdtempSync(path.join(os.tmpdir(), "news-restore-pg-"));
    fresh = await startEmbeddedPostgres({ dataDir: freshDir, port: await freePort(), database: "restored" });
  });

  afterAll(async () => {
    await withClient(testAdminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${source}" WITH (FORCE)`));
    await fresh?.stop();
    rmSync(freshDir, { force: true, recursive: true });
    rmSync(work, { force: true, recursive: true });
  });

  it("writes the dump and its manifest readable by their owner alone (they hold password hashes and sessions)", () => {
    for (const file of [dump, `${dump}.manifest.json`]) {
      expect((statSync(file).mode & 0o777).toString(8), file).toBe("600");
    }
  });

  it("brings back every row, a story's text and an uploaded image byte for byte on a fresh server", async () => {
    const result = await restoreDatabase({ url: fresh.url, file: dump });
    expect(result.verified).toBe(true);

    const after = await withClient(fresh.url, async (c) => ({
      counts: await tableRowCounts(c),
      body: (await c.query(ARABIC_BODY)).rows[0],
      media: (await c.query(MEDIA)).rows,
    }));
    expect(Object.keys(before.counts).length).toBeGreaterThanOrEqual(20);
    expect(before.counts["public.StoryTranslation"]).toBeGreaterThan(0);
    // The demo's pictures and the one uploaded here.
    expect(before.counts["public.MediaAsset"]).toBe(demoUploads + 1);
    expect(after.counts).toEqual(before.counts);
    expect(after.body.id).toBe(before.body.id);
    expect(Buffer.compare(after.body.bytes, before.body.bytes)).toBe(0);
    expect(after.media).toEqual(before.media);
  });

  it("leaves the site nothing to migrate after a restore", async () => {
    expect(await applyMigrations(fresh.url)).toEqual([]);
  });

  it("refuses to restore over data without force, and changes nothing", async () => {
    const edited = `UPDATE "StoryTranslation" SET headline = 'Edited after the backup' WHERE id = ${before.body.id}`;
    await withClient(fresh.url, (c) => c.query(edited));
    // The edit changes the search vocabulary (new words), kept by a trigger.
    countsAfterEdit = await withClient(fresh.url, (c) => tableRowCounts(c));
    await expect(restoreDatabase({ url: fresh.url, file: dump })).rejects.toThrow(/--force/);
    const { rows } = await withClient(fresh.url, (c) =>
      c.query(`SELECT headline FROM "StoryTranslation" WHERE id = $1`, [before.body.id]),
    );
    expect(rows).toEqual([{ headline: "Edited after the backup" }]);
  });

  it("refuses a damaged backup before touching the database", async () => {
    const damaged = path.join(work, "damaged.dump");
    writeFileSync(damaged, "not a dump");
    writeFileSync(`${damaged}.manifest.json`, "{}");
    await expect(restoreDatabase({ url: fresh.url, file: damaged, force: true })).rejects.toThrow(
      /not a backup manifest/,
    );
    const truncated = path.join(work, "truncated.dump");
    writeFileSync(truncated, "PGDMP");
    await expect(restoreDatabase({ url: fresh.url, file: truncated, force: true })).rejects.toThrow(
      /Nothing was changed/,
    );
    expect(await withClient(fresh.url, (c) => tableRowCounts(c))).toEqual(countsAfterEdit);
  });

  it("puts the database back as it was when a restore fails halfway", async () => {
    // Cut short and without its manifest: pg_restore can read the table of
    // contents but runs out of data mid-restore.
    const cut = path.join(work, "cut.dump");
    const bytes = readFileSync(dump);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.9)));
    await expect(
      restoreDatabase({ url: fresh.url, file: cut, force: true, unverified: true }),
    ).rejects.toThrow(/undone/);
    const after = await withClient(fresh.url, async (c) => ({
      counts: await tableRowCounts(c),
      headline: (await c.query(`SELECT headline FROM "StoryTranslation" WHERE id = $1`, [before.body.id]))
        .rows,
    }));
    expect(after.counts).toEqual(countsAfterEdit);
    expect(after.headline).toEqual([{ headline: "Edited after the backup" }]);
  });

  it("with force replaces what the database holds by the backup", async () => {
    await withClient(fresh.url, (c) => c.query(`DELETE FROM "StoryGalleryImage"; DELETE FROM "MediaAsset"`));
    const headline = `SELECT headline FROM "StoryTranslation" WHERE id = ${before.body.id}`;
    await restoreDatabase({ url: fresh.url, file: dump, force: true });
    const after = await withClient(fresh.url, async (c) => ({
      counts: await tableRowCounts(c),
      media: (await c.query(MEDIA)).rows,
      headline: (await c.query(headline)).rows[0],
      schemas: (
        await c.query(
          `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'public%' OR nspname LIKE 'graphile%' ORDER BY 1`,
        )
      ).rows,
    }));
    expect(after.counts).toEqual(before.counts);
    expect(after.media).toEqual(before.media);
    expect(after.headline).toEqual({ headline: before.body.headline });
    expect(after.schemas).toEqual([{ nspname: "graphile_worker" }, { nspname: "public" }]);
  });

  it("refuses a dump without its manifest unless told it is unverified, and changes nothing", async () => {
    const bare = path.join(work, "bare.dump");
    writeFileSync(bare, readFileSync(dump));
    await withClient(fresh.url, (c) => c.query(`DELETE FROM "StoryGalleryImage"; DELETE FROM "MediaAsset"`));
    const counts = await withClient(fresh.url, (c) => tableRowCounts(c));
    await expect(restoreDatabase({ url: fresh.url, file: bare, force: true })).rejects.toThrow(
      /no manifest[\s\S]*--unverified[\s\S]*Nothing was changed/,
    );
    expect(await withClient(fresh.url, (c) => tableRowCounts(c))).toEqual(counts);
    const result = await restoreDatabase({ url: fresh.url, file: bare, force: true, unverified: true });
    expect(result.verified).toBe(false);
    expect(await withClient(fresh.url, (c) => tableRowCounts(c))).toEqual(before.counts);
  });

  it("asks the command's user to confirm an unverified restore by typing the database's name", async () => {
    const bare = path.join(work, "bare.dump");
    const headline = `SELECT headline FROM "StoryTranslation" WHERE id = ${before.body.id}`;
    await withClient(fresh.url, (c) =>
      c.query(`UPDATE "StoryTranslation" SET headline = 'Kept' WHERE id = ${before.body.id}`),
    );
    const refused = runRestoreCommand([bare, "--force", "--unverified"], "no\n", fresh.url);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/Type the database's name/);
    expect(refused.output).toMatch(/Nothing was changed/);
    expect((await withClient(fresh.url, (c) => c.query(headline))).rows).toEqual([{ headline: "Kept" }]);
    const confirmed = runRestoreCommand([bare, "--force", "--unverified"], "restored\n", fresh.url);
    expect(confirmed.output).toMatch(/row counts were not checked/);
    expect(confirmed.status).toBe(0);
    expect((await withClient(fresh.url, (c) => c.query(headline))).rows).toEqual([
      { headline: before.body.headline },
    ]);
  });

  it("refuses another application's dump, manifest and --force notwithstanding, and changes nothing", async () => {
    const other = `backup_other_${process.pid}`;
    const otherUrl = databaseUrl(testAdminUrl(), other);
    const foreign = path.join(work, "foreign.dump");
    await withClient(testAdminUrl(), (c) => c.query(`CREATE DATABASE "${other}"`));
    try {
      await withClient(otherUrl, (c) =>
        c.query(`CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)`),
      );
      await backupDatabase({ url: otherUrl, file: foreign });
    } finally {
      await withClient(testAdminUrl(), (c) => c.query(`DROP DATABASE "${other}" WITH (FORCE)`));
    }
    const counts = await withClient(fresh.url, (c) => tableRowCounts(c));
    await expect(restoreDatabase({ url: fresh.url, file: foreign, force: true })).rejects.toThrow(
      /not this application's[\s\S]*Nothing was changed/,
    );
    await expect(
      restoreDatabase({ url: fresh.url, file: foreign, force: true, unverified: true }),
    ).rejects.toThrow(/not this application's/);
    expect(await withClient(fresh.url, (c) => tableRowCounts(c))).toEqual(counts);
  });

  it("undoes a restore whose migrations this application does not know (a newer or another one)", async () => {
    const newer = `backup_newer_${process.pid}`;
    const newerUrl = databaseUrl(testAdminUrl(), newer);
    const newerDump = path.join(work, "newer.dump");
    await withClient(testAdminUrl(), (c) => c.query(`CREATE DATABASE "${newer}"`));
    try {
      await applyMigrations(newerUrl);
      await withClient(newerUrl, (c) =>
        c.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
          VALUES ('x', 'x', '29990101000000_from_elsewhere', now(), 1)`),
      );
      await backupDatabase({ url: newerUrl, file: newerDump });
    } finally {
      await withClient(testAdminUrl(), (c) => c.query(`DROP DATABASE "${newer}" WITH (FORCE)`));
    }
    const counts = await withClient(fresh.url, (c) => tableRowCounts(c));
    await expect(restoreDatabase({ url: fresh.url, file: newerDump, force: true })).rejects.toThrow(
      /29990101000000_from_elsewhere[\s\S]*undone/,
    );
    expect(await withClient(fresh.url, (c) => tableRowCounts(c))).toEqual(counts);
  });
});

/** `npm run db:restore` as an operator runs it, answering its question with `answer`. */
function runRestoreCommand(
  args: string[],
  answer: string,
  url: string,
): { status: number | null; output: string } {
  const run = spawnSync("npx", ["tsx", "scripts/db-restore.ts", ...args], {
    input: answer,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
