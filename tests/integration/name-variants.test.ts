import type { Locale } from "next-intl";
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/search/highlight";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";
import { addArabicPlural, removeArabicPlural } from "@/lib/search-words/arabic-plural-commands";
import {
  acceptGlossaryPair,
  deleteNameSet,
  dismissGlossaryPair,
  saveNameSet,
} from "@/lib/search-words/name-variant-commands";
import { glossaryCandidates, listNameSets } from "@/lib/search-words/search-words-queries";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

// Name variants (issue 24, item 4) against the demo stories and the seeded
// sets, through the reader's search in both languages.

let prisma: PrismaClient;
let editor: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
});

async function slugsFound(locale: Locale, q: string): Promise<string[]> {
  const outcome = await searchStories(locale, parseSearchRequest({ q }));
  return outcome.kind === "results" ? outcome.hits.map((hit) => hit.slug) : [];
}

const slugOf = (key: string, locale: Locale) =>
  stories.find((story) => story.key === key)!.translations[locale]!.slug;

const marked = (text: string) =>
  [...text.matchAll(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, "gu"))].map(
    (match) => match[1],
  );

describe("name variants in search", () => {
  it("finds Byblos from Jbeil on the English site, and marks Byblos", async () => {
    const byblos = slugOf("byblos-excavation", "en");
    expect(await slugsFound("en", "Jbeil")).toContain(byblos);
    expect(await slugsFound("en", "jbail tomb")).toContain(byblos);
    const outcome = await searchStories("en", parseSearchRequest({ q: "Jbeil" }));
    const hit = outcome.kind === "results" ? outcome.hits.find((each) => each.slug === byblos) : undefined;
    expect(marked(hit!.headline)).toContain("Byblos");
  });

  it("finds «جبيل» from Latin spellings on the Arabic site, and from «وجبيل» / «بجبيل»", async () => {
    const byblos = slugOf("byblos-excavation", "ar");
    for (const q of ["Byblos", "Jbeil", "وجبيل", "بجبيل"])
      expect(await slugsFound("ar", q)).toContain(byblos);
    const outcome = await searchStories("ar", parseSearchRequest({ q: "Jbeil" }));
    const hit = outcome.kind === "results" ? outcome.hits.find((each) => each.slug === byblos) : undefined;
    expect(marked(`${hit!.headline} ${hit!.dek}`).join(" ")).toContain("جبيل");
  });

  it("finds the Arabic spelling of a name from its Arabic spelling on the English site", async () => {
    expect(await slugsFound("en", "طرابلس")).toContain(slugOf("tripoli-bus-line", "en"));
  });

  it("matches multi-word names typed without quotes, and keeps the words as typed too", async () => {
    expect(await slugsFound("ar", "Sahet al-Tal")).toContain(slugOf("tripoli-bus-line", "ar"));
    expect(await slugsFound("ar", "sahat al tall")).toContain(slugOf("tripoli-bus-line", "ar"));
    expect(await slugsFound("en", "ساحة التل")).toContain(slugOf("tripoli-bus-line", "en"));
    expect(await slugsFound("en", "بساحة التل")).toContain(slugOf("tripoli-bus-line", "en"));
    // "Mar Mikhael" typed as two words still finds what "mar" and "mikhael" found before.
    expect(await slugsFound("ar", "مار مخايل")).toContain(slugOf("film-festival", "ar"));
  });

  it("widens and never narrows: «صور» still finds the pictures, and Tyre finds them too", async () => {
    const byblos = slugOf("byblos-excavation", "ar");
    expect(await slugsFound("ar", "صور")).toContain(byblos);
    expect(await slugsFound("ar", "Tyre")).toContain(byblos);
  });

  it("ranks the spelling the reader typed first in Arabic", async () => {
    const set = await prisma.nameVariant.findFirstOrThrow({ where: { key: "جبيل" } });
    await prisma.nameVariant.create({ data: { setId: set.setId, spelling: "جبيلا", key: "جبيلا" } });
    const story = await prisma.storyTranslation.findFirstOrThrow({
      where: { locale: "ar", status: "PUBLISHED" },
    });
    await prisma.storyTranslation.update({
      where: { id: story.id },
      data: { headline: `${story.headline} جبيلا` },
    });
    const found = await slugsFound("ar", "جبيلا");
    expect(found[0]).toBe(story.slug);
    expect(found).toContain(slugOf("byblos-excavation", "ar"));
  });

  it("does not expand an excluded name", async () => {
    expect(await slugsFound("en", "tomb -Jbeil")).toContain(slugOf("byblos-excavation", "en"));
  });
});

describe("keeping name variants", () => {
  it("saves a set, refuses a spelling another set has with that spelling, and audits", async () => {
    const saved = await saveNameSet(editor, null, "Jebeil Port\nمرفأ جبيل\n\nmarfa jbeil");
    expect(saved).toEqual({ ok: true, tags: ["lists:en", "lists:ar"] });
    expect(await saveNameSet(editor, null, "Byblos\nGebal")).toEqual({
      ok: false,
      kind: "invalid",
      error: "taken",
      spelling: "Byblos",
    });
    expect(await saveNameSet(editor, null, "Gebal\nGEBAL")).toMatchObject({ error: "tooFew" });
    expect(
      await saveNameSet(editor, null, Array.from({ length: 13 }, (_, i) => `Name ${i}`).join("\n")),
    ).toMatchObject({ error: "tooMany" });
    expect(await saveNameSet(editor, null, "a b c d e f\nx")).toMatchObject({ error: "tooManyWords" });
    const sets = await listNameSets();
    expect(sets.find((set) => set.spellings.includes("Jebeil Port"))?.spellings).toEqual([
      "Jebeil Port",
      "مرفأ جبيل",
      "marfa jbeil",
    ]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "names.create" } });
    expect(audit.details).toEqual({ spellings: "Jebeil Port, مرفأ جبيل, marfa jbeil" });
  });

  it("changes and deletes a set, after which search no longer widens", async () => {
    const set = await prisma.nameVariant.findFirstOrThrow({ where: { key: "jbeil" } });
    expect(await saveNameSet(editor, set.setId, "Byblos\nJbeil\nJbeyl")).toMatchObject({ ok: true });
    expect(await slugsFound("en", "Jbeyl")).toContain(slugOf("byblos-excavation", "en"));
    expect(await deleteNameSet(editor, set.setId)).toMatchObject({ ok: true });
    expect(await slugsFound("en", "Jbeil")).not.toContain(slugOf("byblos-excavation", "en"));
    expect(await deleteNameSet(editor, set.setId)).toEqual({ ok: false, kind: "not-found" });
  });

  it("offers glossary pairs not yet in one set, joins them only when accepted, forgets dismissed ones", async () => {
    const term = (en: string, ar: string) =>
      prisma.glossaryTerm.create({
        data: {
          kind: "PLACE",
          names: {
            create: [
              { locale: "en", text: en, key: en.toLowerCase() },
              { locale: "ar", text: ar, key: ar },
            ],
          },
        },
      });
    const helou = await term("Charles Helou", "شارل حلو");
    const byblos = await term("Byblos", "جبيل");
    const sidon = await term("Sidon", "صيدا الجديدة");
    const baabda = await term("Baabda", "بعبدا");
    const { candidates } = await glossaryCandidates();
    // Byblos / جبيل are one name already: not offered.
    expect(candidates.map((each) => each.termId).sort()).toEqual([helou.id, sidon.id, baabda.id].sort());
    expect(candidates.find((each) => each.termId === sidon.id)?.joins?.spellings).toContain("Sidon");
    expect(await slugsFound("ar", "Charles Helou")).not.toContain(slugOf("tripoli-bus-line", "ar"));
    expect(await acceptGlossaryPair(editor, helou.id)).toMatchObject({ ok: true });
    expect(await slugsFound("ar", "Charles Helou")).toContain(slugOf("tripoli-bus-line", "ar"));
    expect(await acceptGlossaryPair(editor, sidon.id)).toMatchObject({ ok: true });
    expect((await listNameSets()).find((set) => set.spellings.includes("Sidon"))?.spellings).toContain(
      "صيدا الجديدة",
    );
    expect(await dismissGlossaryPair(editor, baabda.id)).toEqual({ ok: true, tags: [] });
    expect((await glossaryCandidates()).candidates).toEqual([]);
    expect(byblos.id).toBeGreaterThan(0);
    // Renamed in the glossary: offered again.
    await prisma.glossaryTermName.update({
      where: { termId_locale: { termId: baabda.id, locale: "ar" } },
      data: { text: "بعبدة", key: "بعبده" },
    });
    expect((await glossaryCandidates()).candidates.map((each) => each.termId)).toEqual([baabda.id]);
  });

  it("refuses a glossary pair whose names are in two different sets", async () => {
    const term = await prisma.glossaryTerm.create({
      data: {
        kind: "PLACE",
        names: {
          create: [
            { locale: "en", text: "Tyre", key: "tyre" },
            { locale: "ar", text: "جبيل", key: "جبيل" },
          ],
        },
      },
    });
    expect((await glossaryCandidates()).candidates[0]).toMatchObject({ termId: term.id, conflict: true });
    expect(await acceptGlossaryPair(editor, term.id)).toEqual({ ok: false, kind: "conflict" });
  });
});

describe("keeping the broken plurals", () => {
  it("adds a pair that search then uses, refuses bad and repeated ones, removes it", async () => {
    const added = await addArabicPlural(editor, { singular: "مهرجان", plural: "مهرجانات" });
    expect(added).toEqual({ ok: true, tags: ["lists:ar"] });
    expect(await addArabicPlural(editor, { singular: "festival", plural: "مهارج" })).toMatchObject({
      errors: { singular: "notArabic" },
    });
    expect(await addArabicPlural(editor, { singular: "متحف", plural: "متحف" })).toMatchObject({
      errors: { plural: "same" },
    });
    // The same pair in another spelling, or the other way round, is a duplicate.
    expect(await addArabicPlural(editor, { singular: "استاذ", plural: "أساتذة" })).toMatchObject({
      errors: { plural: "duplicate" },
    });
    expect(await addArabicPlural(editor, { singular: "متاحف", plural: "متحف" })).toMatchObject({
      errors: { plural: "duplicate" },
    });
    expect(await addArabicPlural(editor, { singular: "", plural: "" })).toMatchObject({
      errors: { singular: "required", plural: "required" },
    });
    const row = await prisma.arabicPlural.findFirstOrThrow({ where: { singular: "مهرجان" } });
    const [stems] = await prisma.$queryRaw<{ singularStem: string }[]>`
      SELECT "singularStem" FROM "ArabicPlural" WHERE id = ${row.id}`;
    expect(stems!.singularStem).toBe("مهرج");
    expect(await removeArabicPlural(editor, row.id)).toMatchObject({ ok: true });
    expect(await removeArabicPlural(editor, row.id)).toEqual({ ok: false, kind: "not-found" });
    expect(
      await prisma.auditEntry.count({ where: { action: { in: ["plurals.add", "plurals.remove"] } } }),
    ).toBe(2);
  });
});
