import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import {
  assignTranslation,
  claimTranslation,
  liveClaims,
  releaseClaim,
  takeOverClaim,
} from "@/lib/translation-desk/claims";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let rana: NewsroomUser;
let samir: NewsroomUser;
let english: NewsroomUser;
let storyId: number;

const englishOnly = stories.find((s) => s.translations.en && !s.translations.ar && s.sourceLocale === "en")!;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  rana = await createMember(prisma, "TRANSLATOR", "rana@example.com", ["ar"]);
  samir = await createMember(prisma, "TRANSLATOR", "samir@example.com", ["ar"]);
  english = await createMember(prisma, "TRANSLATOR", "en@example.com", ["en"]);
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: englishOnly.key } })).id;
});

const holder = async () => (await liveClaims([storyId], "ar", "en")).get(storyId)?.userId ?? null;
const auditActions = async () =>
  (
    await prisma.auditEntry.findMany({ where: { subject: `story:${storyId}/ar` }, orderBy: { id: "asc" } })
  ).map((entry) => [entry.action, entry.details]);

/** As if the holder had neither saved nor had the editor open for `hours`. */
async function idle(hours: number) {
  await prisma.translationClaim.updateMany({
    where: { storyId, locale: "ar" },
    data: { heartbeatAt: new Date(Date.now() - hours * 3_600_000) },
  });
}

describe("translation claims", () => {
  it("one member of the language claims a version; another is told it is taken and may take it over, which is audited", async () => {
    expect(await claimTranslation(rana, storyId, "ar")).toEqual({ ok: true });
    expect(await holder()).toBe(rana.id);
    expect(await claimTranslation(samir, storyId, "ar")).toEqual({ ok: false, kind: "claimed" });
    expect(await holder()).toBe(rana.id);

    expect(await takeOverClaim(samir, storyId, "ar")).toEqual({ ok: true });
    expect(await holder()).toBe(samir.id);
    expect(await auditActions()).toEqual([
      ["translation.claim", null],
      ["translation.claim.takeover", { fromUserId: rana.id, fromName: rana.name }],
    ]);
  });

  it("lapses after the set hours without a save or an open editor, and a save keeps it alive", async () => {
    await claimTranslation(rana, storyId, "ar");
    await idle(3);
    const saved = await saveTranslation(rana, {
      storyId,
      locale: "ar",
      baseRevision: null,
      sourceRevision: 1,
      fields: { slug: "ترجمة-محجوزة", headline: "عنوان", dek: "موجز", body: "فقرة.", leadImageAlt: "" },
    });
    expect(saved.ok).toBe(true);
    // The save moved the claim's clock: three idle hours are forgotten.
    const claim = await prisma.translationClaim.findFirstOrThrow({ where: { storyId, locale: "ar" } });
    expect(Date.now() - claim.heartbeatAt.getTime()).toBeLessThan(60_000);

    await idle(4.5); // TRANSLATION_CLAIM_HOURS is 4 by default
    expect(await holder()).toBeNull();
    // Free again: a plain claim, nothing taken from anyone.
    expect(await claimTranslation(samir, storyId, "ar")).toEqual({ ok: true });
    expect((await auditActions()).map(([action]) => action)).toEqual([
      "translation.claim",
      "translation.save",
      "translation.claim",
    ]);
  });

  it("an editor assigns a version to a member of its language, never to anyone else; translators cannot assign", async () => {
    await claimTranslation(rana, storyId, "ar");
    expect(await assignTranslation(editor, storyId, "ar", samir.id)).toEqual({ ok: true });
    expect(await liveClaims([storyId], "ar", "en")).toEqual(
      new Map([
        [
          storyId,
          expect.objectContaining({ userId: samir.id, assignedBy: { name: editor.name, gender: "other" } }),
        ],
      ]),
    );
    expect(await assignTranslation(editor, storyId, "ar", english.id)).toEqual({ ok: false, kind: "member" });
    expect(await assignTranslation(rana, storyId, "ar", rana.id)).toEqual({ ok: false, kind: "forbidden" });
    const [, assigned] = (await auditActions())[1]!;
    expect(assigned).toEqual({
      toUserId: samir.id,
      toName: samir.name,
      fromUserId: rana.id,
      fromName: rana.name,
    });
  });

  it("only members of the language claim, never the story's own language; holders and editors release", async () => {
    expect(await claimTranslation(english, storyId, "ar")).toEqual({ ok: false, kind: "forbidden" });
    expect(await claimTranslation(editor, storyId, "en")).toEqual({ ok: false, kind: "source-language" });
    expect(await claimTranslation(rana, 999_999, "ar")).toEqual({ ok: false, kind: "not-found" });

    await claimTranslation(rana, storyId, "ar");
    expect(await releaseClaim(samir, storyId, "ar")).toEqual({ ok: false, kind: "forbidden" });
    expect(await releaseClaim(rana, storyId, "ar")).toEqual({ ok: true });
    expect(await holder()).toBeNull();
    expect(await releaseClaim(rana, storyId, "ar")).toEqual({ ok: false, kind: "not-claimed" });

    await claimTranslation(samir, storyId, "ar");
    expect(await releaseClaim(editor, storyId, "ar")).toEqual({ ok: true });
  });
});
