import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clearBanner, setBanner } from "@/lib/banner/banner-commands";
import { purgeLists } from "@/lib/cache-proxy/invalidation";
import { instantToZonedFields } from "@/lib/format/zoned-time";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translator: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "banner-editor@example.com");
  translator = await createMember(prisma, "TRANSLATOR", "banner-translator@example.com", ["ar"]);
});

const inAnHour = () => instantToZonedFields(new Date(Date.now() + 3_600_000), "Asia/Beirut");
const banner = (text: string) => ({
  locale: "ar" as const,
  text,
  link: "/ar/story/x",
  ...inAnHour(),
  timeZone: "Asia/Beirut",
});

describe("the breaking-news banner", () => {
  it("is put up, replaced and taken down per language, purging only the banner's own key", async () => {
    const set = await setBanner(editor, banner("عاصفة تضرب الساحل"));
    expect(set.ok && purgeLists(set)).toEqual({ soft: [cacheTags.banner("ar")], hard: [] });
    const replaced = await setBanner(editor, banner("العاصفة تبلغ بيروت"));
    expect(replaced.ok).toBe(true);
    const rows = await prisma.breakingBanner.findMany();
    expect(rows.map((row) => [row.locale, row.text, row.setById])).toEqual([
      ["ar", "العاصفة تبلغ بيروت", editor.id],
    ]);
    expect(rows[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);

    // Taking it down is a withdrawal: no reader is shown it again, not even from the proxy's grace.
    const cleared = await clearBanner(editor, { locale: "ar" });
    expect(cleared.ok && purgeLists(cleared)).toEqual({ soft: [], hard: [cacheTags.banner("ar")] });
    expect(await prisma.breakingBanner.count()).toBe(0);
  });

  it("is recorded in the audit log with what it said and until when", async () => {
    await setBanner(editor, banner("عاصفة تضرب الساحل"));
    await clearBanner(editor, { locale: "ar" });
    const entries = await prisma.auditEntry.findMany({
      where: { subject: "banner:ar" },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["banner.set", "banner.clear"]);
    expect(entries[0]!.details).toMatchObject({ text: "عاصفة تضرب الساحل", link: "/ar/story/x" });
  });

  it("is refused to those who may not publish in the language, and refused input changes nothing", async () => {
    expect(await setBanner(translator, banner("عاجل"))).toEqual({ ok: false, kind: "forbidden" });
    expect(await setBanner(editor, { ...banner("سطر\nثانٍ"), link: "javascript:alert(1)" })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { text: "oneLine", link: "linkInvalid" },
    });
    expect(await prisma.breakingBanner.count()).toBe(0);
    expect(await prisma.auditEntry.count({ where: { subject: "banner:ar" } })).toBe(0);
  });
});
