import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deleteTerm, importGlossary, saveTerm } from "@/lib/glossary/glossary-commands";
import { csvToGlossary, glossaryToCsv } from "@/lib/glossary/glossary-csv";
import { allGlossaryTerms, glossaryForPair, listGlossary } from "@/lib/glossary/glossary-queries";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { loadTranslationEditor } from "@/lib/newsroom/editor/translation-editor-data";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;
let translator: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
  translator = await createMember(prisma, "TRANSLATOR", "tr@example.com", ["ar"]);
});

const speaker = {
  kind: "PERSON",
  names: { en: "Nabih Berri", ar: "نبيه بري" },
  note: "Speaker of Parliament",
};

describe("glossary", () => {
  it("keeps terms for editors, refuses a name another term has, and audits each change", async () => {
    expect(await saveTerm(translator, null, speaker)).toEqual({ ok: false, kind: "forbidden" });
    const created = await saveTerm(editor, null, speaker);
    expect(created.ok).toBe(true);
    // The same Arabic name spelt with tashkeel is the same name.
    const again = await saveTerm(editor, null, {
      kind: "PERSON",
      names: { en: "N. Berri", ar: "نَبيه برّي" },
      note: "",
    });
    expect(again).toEqual({ ok: false, kind: "invalid", errors: { ar: "taken" } });
    expect(
      await saveTerm(editor, null, { kind: "", names: { en: "", ar: "x".repeat(201) }, note: "" }),
    ).toEqual({
      ok: false,
      kind: "invalid",
      errors: { kind: "required", en: "required", ar: "tooLong" },
    });
    const id = created.ok ? created.termId : 0;
    expect((await saveTerm(editor, id, { ...speaker, note: "" })).ok).toBe(true);
    expect((await listGlossary({ query: "بري", page: 1, uiLocale: "ar" })).entries.map((e) => e.id)).toEqual([
      id,
    ]);
    expect((await deleteTerm(editor, id)).ok).toBe(true);
    const actions = await prisma.auditEntry.findMany({
      where: { subject: `glossary:${id}` },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "glossary.create",
      "glossary.update",
      "glossary.delete",
    ]);
  });

  it("imports CSV all or nothing, updates terms it knows, and exports what it imported", async () => {
    await saveTerm(editor, null, speaker);
    const csv = [
      "en,ar,kind,note",
      "Nabih Berri,نبيه برّي,person,Speaker",
      '"Tyre","صور",place,',
      'UNHCR,المفوضية السامية للأمم المتحدة لشؤون اللاجئين,institution,"the UN refugee agency, in full"',
    ].join("\r\n");
    const bad = `${csv}\r\nAoun,,person,`;
    const refused = await importGlossary(editor, bad);
    expect(refused).toEqual({
      ok: false,
      kind: "invalid",
      problems: [{ line: 5, kind: "invalid", errors: { ar: "required" } }],
    });
    expect(await prisma.glossaryTerm.count()).toBe(1);
    expect(await importGlossary(editor, csv)).toEqual({ ok: true, created: 2, updated: 1 });
    const exported = glossaryToCsv(await allGlossaryTerms());
    expect(exported.startsWith("\uFEFFkind,en,ar,note")).toBe(true);
    const parsed = csvToGlossary(exported);
    expect(parsed.ok && parsed.terms.map((row) => row.term.names.ar)).toEqual([
      "نبيه برّي",
      "صور",
      "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    ]);
    // Importing the export again changes nothing.
    expect(await importGlossary(editor, exported)).toEqual({ ok: true, created: 0, updated: 3 });
    expect(await prisma.glossaryTerm.count()).toBe(3);
    expect(csvToGlossary("name,arabic\nx,y")).toEqual({
      ok: false,
      problems: [{ line: 1, kind: "columns" }],
    });
  });

  it("marks the source's terms in the editor and lists those a saved translation lacks", async () => {
    await saveTerm(editor, null, {
      kind: "INSTITUTION",
      names: { en: "UNHCR", ar: "مفوضية اللاجئين" },
      note: "",
    });
    await saveTerm(editor, null, {
      kind: "PLACE",
      names: { en: "Bekaa valley", ar: "سهل البقاع" },
      note: "",
    });
    const story = await prisma.story.findUniqueOrThrow({ where: { key: "aid-conference" } });
    expect(story.sourceLocale).toBe("en");
    const pair = await glossaryForPair("en", "ar");
    expect(pair).toHaveLength(2);
    const page = await loadTranslationEditor(story.id, "ar", "en");
    const marked = page!.terms.blocks.flatMap((marks, index) =>
      marks.map((mark) => page!.sourceBlocks[index]!.text.slice(mark.start, mark.end)),
    );
    expect(marked).toEqual(expect.arrayContaining(["UNHCR", "Bekaa valley"]));
    // The demo's Arabic writes neither approved form: both are listed as missing.
    expect(page!.terms.missing.map((id) => page!.terms.approved[id]!.target).sort()).toEqual(
      ["سهل البقاع", "مفوضية اللاجئين"].sort(),
    );
    // A save that writes one of them leaves only the other.
    const version = await prisma.storyTranslation.findUniqueOrThrow({
      where: { storyId_locale: { storyId: story.id, locale: "ar" } },
    });
    const saved = await saveTranslation(editor, {
      storyId: story.id,
      locale: "ar",
      baseRevision: version.revision,
      sourceRevision: story.sourceRevision,
      fields: {
        slug: version.slug,
        headline: version.headline,
        dek: version.dek,
        body: `${version.body}\n\nوفي سهلِ البقاع، غمرت الأمطار المخيمات.`,
      },
    });
    expect(saved.ok).toBe(true);
    const after = await loadTranslationEditor(story.id, "ar", "en");
    expect(after!.terms.missing.map((id) => after!.terms.approved[id]!.target)).toEqual(["مفوضية اللاجئين"]);
  });
});
