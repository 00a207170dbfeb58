import type { Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import {
  changedBlockIndices,
  compareSourceBlocks,
  EDIT_SIMILARITY,
  type BlockChange,
} from "@/lib/translation-memory/changed-blocks";
import { bodyBlocks, type BodyBlock } from "@/lib/translation-memory/segments";
import { stories } from "@/prisma/content/stories/index";

// Source revisions are made from the demo stories' real bodies by the edits
// editors make: a word changed, a paragraph added, removed or moved, a
// subheading reworded, Arabic respelled.

const LOCALES: Locale[] = ["en", "ar"];

function bodyOf(key: string, locale: Locale): string {
  const body = stories.find((story) => story.key === key)?.translations[locale]?.body;
  if (!body) throw new Error(`no ${locale} body for demo story ${key}`);
  return body;
}

function blockOf(body: string, index: number): BodyBlock {
  const block = bodyBlocks(body)[index];
  if (!block) throw new Error(`no block ${index}`);
  return block;
}

/** The body with `from` replaced by `to`, where `from` occurs exactly once: a test edits what it means to. */
function replaceOnce(body: string, from: string, to: string): string {
  const at = body.indexOf(from);
  if (at === -1 || body.indexOf(from, at + 1) !== -1) throw new Error(`not exactly once: ${from}`);
  return body.slice(0, at) + to + body.slice(at + from.length);
}

/**
 * compareSourceBlocks, with what must hold for any two bodies: each new
 * block once and in order, each old block once and in order, removed
 * blocks where they stood, and the same answer when asked again.
 */
function compare(oldBody: string, newBody: string, locale: Locale): BlockChange[] {
  const changes = compareSourceBlocks(oldBody, newBody, locale);
  const newIndices = changes.flatMap((change) => ("newIndex" in change ? [change.newIndex] : []));
  const oldIndices = changes.flatMap((change) => ("oldIndex" in change ? [change.oldIndex] : []));
  expect(newIndices).toEqual(bodyBlocks(newBody).map((block) => block.index));
  expect(oldIndices).toEqual(bodyBlocks(oldBody).map((block) => block.index));
  expect(compareSourceBlocks(oldBody, newBody, locale)).toEqual(changes);
  return changes;
}

/** Every block unchanged, at its index, in a body of `count` blocks. */
const allUnchanged = (count: number): BlockChange[] =>
  Array.from({ length: count }, (_, i) => ({ kind: "unchanged", oldIndex: i, newIndex: i }));

const unchanged = (oldIndex: number, newIndex: number): BlockChange => ({
  kind: "unchanged",
  oldIndex,
  newIndex,
});

const editedAt = (changes: BlockChange[]) => changes.filter((change) => change.kind === "edited");

describe("compareSourceBlocks", () => {
  it("finds nothing changed between two copies of every demo body", () => {
    for (const story of stories) {
      for (const locale of LOCALES) {
        const body = story.translations[locale]?.body;
        if (!body) continue;
        const changes = compare(body, body, locale);
        expect(changes).toEqual(allUnchanged(bodyBlocks(body).length));
        expect(changedBlockIndices(changes)).toEqual([]);
      }
    }
  });

  it("flags only the third paragraph when one of its words changes", () => {
    const old = bodyOf("cabinet-electricity-plan", "en");
    // Block 3 is the third paragraph (after two paragraphs and a subheading).
    expect(blockOf(old, 3).kind).toBe("paragraph");
    const next = replaceOnce(old, "38 percent of production", "40 percent of production");
    const changes = compare(old, next, "en");
    expect(changedBlockIndices(changes)).toEqual([3]);
    const [edited] = editedAt(changes);
    expect(edited).toMatchObject({ kind: "edited", oldIndex: 3, newIndex: 3 });
    expect(edited?.kind === "edited" && edited.similarity).toBeGreaterThan(0.9);
    expect(changes.filter((change) => change.kind === "unchanged")).toHaveLength(6);
  });

  it("flags only the third paragraph when one of its Arabic words changes", () => {
    const old = bodyOf("port-tender", "ar");
    expect(blockOf(old, 3).kind).toBe("paragraph");
    const next = replaceOnce(old, "وفق معايير منشورة سلفًا", "وفق معايير منشورة مسبقًا");
    const changes = compare(old, next, "ar");
    expect(changedBlockIndices(changes)).toEqual([3]);
    expect(editedAt(changes)).toEqual([
      { kind: "edited", oldIndex: 3, newIndex: 3, similarity: expect.any(Number) },
    ]);
  });

  it("flags exactly the block changed, for one word dropped from any block of any demo body", () => {
    let tried = 0;
    for (const story of stories) {
      for (const locale of LOCALES) {
        const body = story.translations[locale]?.body;
        if (!body) continue;
        for (const block of bodyBlocks(body)) {
          // One-word subheadings would lose their only word; repeated lines cannot be edited alone.
          if (block.text.split(" ").length < 3 || body.split(block.raw).length !== 2) continue;
          const next = replaceOnce(body, block.raw, block.raw.replace(/\s+\S+$/, ""));
          const changes = compare(body, next, locale);
          expect(changedBlockIndices(changes), `${story.key} ${locale} ${block.index}`).toEqual([
            block.index,
          ]);
          expect(editedAt(changes)).toHaveLength(1);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(150);
  });

  describe.each(LOCALES)("in %s", (locale) => {
    const old = bodyOf("aid-conference", locale);
    const count = bodyBlocks(old).length;

    it("flags only a paragraph inserted in the middle, as added", () => {
      const inserted = blockOf(bodyOf("port-tender", locale), 1).raw;
      const before = blockOf(old, 14);
      expect(before.kind).toBe("paragraph");
      const next = replaceOnce(old, before.raw, `${inserted}\n\n${before.raw}`);
      const changes = compare(old, next, locale);
      expect(changes).toEqual([
        ...allUnchanged(14),
        { kind: "added", newIndex: 14 },
        ...Array.from({ length: count - 14 }, (_, k) => unchanged(14 + k, 15 + k)),
      ]);
      expect(changedBlockIndices(changes)).toEqual([14]);
    });

    it("reports a removed paragraph where it stood and flags nothing", () => {
      const removed = blockOf(old, 6);
      expect(removed.kind).toBe("paragraph");
      const next = replaceOnce(old, `${removed.raw}\n\n`, "");
      const changes = compare(old, next, locale);
      expect(changes).toEqual([
        ...allUnchanged(6),
        { kind: "removed", oldIndex: 6 },
        ...Array.from({ length: count - 7 }, (_, k) => unchanged(7 + k, 6 + k)),
      ]);
      expect(changedBlockIndices(changes)).toEqual([]);
    });

    it("pairs an edited paragraph with its old self when a new one is inserted just before it", () => {
      const inserted = blockOf(bodyOf("port-tender", locale), 1).raw;
      const target = blockOf(old, 14);
      // The paragraph loses its last clause ("…, to be managed by local banks."): the same passage.
      const shortened = target.raw.replace(/[,،][^,،]*\.$/, ".");
      expect(shortened).not.toBe(target.raw);
      const next = replaceOnce(old, target.raw, `${inserted}\n\n${shortened}`);
      const changes = compare(old, next, locale);
      expect(changes.slice(14, 16)).toEqual([
        { kind: "added", newIndex: 14 },
        { kind: "edited", oldIndex: 14, newIndex: 15, similarity: expect.any(Number) },
      ]);
      expect(changedBlockIndices(changes)).toEqual([14, 15]);
    });
  });

  it("reports two swapped paragraphs as one removed and added again, the other unchanged", () => {
    const old = bodyOf("cabinet-electricity-plan", "en");
    const fifth = blockOf(old, 5).raw;
    const sixth = blockOf(old, 6).raw;
    const next = replaceOnce(old, `${fifth}\n\n${sixth}`, `${sixth}\n\n${fifth}`);
    const changes = compare(old, next, "en");
    expect(changes).toEqual([
      ...allUnchanged(5),
      { kind: "removed", oldIndex: 5 },
      unchanged(6, 5),
      { kind: "added", newIndex: 6 },
    ]);
    // The translation's paragraph has to move with it.
    expect(changedBlockIndices(changes)).toEqual([6]);
  });

  it.each(LOCALES)("reports two paragraphs rewritten entirely as removed and added, in %s", (locale) => {
    const old = bodyOf("cabinet-electricity-plan", locale);
    const fifth = blockOf(old, 5).raw;
    const sixth = blockOf(old, 6).raw;
    // Two paragraphs of another story: words in common by chance only.
    const other = bodyOf("port-tender", locale);
    const rewritten = `${blockOf(other, 5).raw}\n\n${blockOf(other, 6).raw}`;
    const next = replaceOnce(old, `${fifth}\n\n${sixth}`, rewritten);
    const changes = compare(old, next, locale);
    expect(changes).toEqual([
      ...allUnchanged(5),
      { kind: "removed", oldIndex: 5 },
      { kind: "removed", oldIndex: 6 },
      { kind: "added", newIndex: 5 },
      { kind: "added", newIndex: 6 },
    ]);
    expect(changedBlockIndices(changes)).toEqual([5, 6]);
  });

  it("leaves Arabic unchanged when only tashkeel, hamza forms, ة and ى are respelled", () => {
    for (const key of ["port-tender", "cabinet-electricity-plan", "aid-conference"]) {
      const old = bodyOf(key, "ar");
      const respelled = old
        .replace(/[\u064B-\u0652]/g, "") // tashkeel
        .replace(/[أإآ]/g, "ا")
        .replace(/ة(?=[\s.،؛:»]|$)/gm, "ه")
        .replace(/ى(?=[\s.،؛:»]|$)/gm, "ي")
        .replace(/الحكومات/g, "الحكـومات"); // tatweel
      // Each paragraph reads differently to a diff, none to a reader.
      const oldBlocks = bodyBlocks(old);
      const newBlocks = bodyBlocks(respelled);
      expect(newBlocks.filter((block, i) => block.text !== oldBlocks[i]?.text).length).toBeGreaterThan(
        oldBlocks.length * 0.8,
      );
      const changes = compare(old, respelled, "ar");
      expect(changes).toEqual(allUnchanged(oldBlocks.length));
      expect(changedBlockIndices(changes)).toEqual([]);
    }
  });

  it("leaves English unchanged when only capitals and line breaks change", () => {
    const old = bodyOf("cabinet-electricity-plan", "en");
    const next = replaceOnce(
      replaceOnce(old, "Energy Minister Walid Fakhoury", "energy minister Walid Fakhoury"),
      "whose monthly bills often",
      "whose monthly bills\noften",
    );
    expect(changedBlockIndices(compare(old, next, "en"))).toEqual([]);
  });

  it("flags a changed full stop or comma: memoryKey keeps punctuation", () => {
    const old = bodyOf("cabinet-electricity-plan", "en");
    const next = replaceOnce(old, "since 2010. Residents", "since 2010; residents");
    expect(changedBlockIndices(compare(old, next, "en"))).toEqual([6]);
  });

  it.each([
    ["en", "## Tariffs and collection", "## Tariffs and bill collection"],
    ["ar", "## التعرفة والجباية", "## التعرفة الجديدة والجباية"],
  ] as const)("reports an edited subheading as an edited heading, in %s", (locale, from, to) => {
    const old = bodyOf("cabinet-electricity-plan", locale);
    const next = replaceOnce(old, from, to);
    const changes = compare(old, next, locale);
    expect(changes).toEqual([
      ...allUnchanged(2),
      { kind: "edited", oldIndex: 2, newIndex: 2, similarity: expect.any(Number) },
      ...Array.from({ length: 4 }, (_, k) => unchanged(3 + k, 3 + k)),
    ]);
    expect(blockOf(old, 2).kind).toBe("heading");
    expect(blockOf(next, 2).kind).toBe("heading");
    expect(changedBlockIndices(changes)).toEqual([2]);
  });

  it("reports a subheading reworded entirely as removed and added", () => {
    const old = bodyOf("cabinet-electricity-plan", "en");
    const next = replaceOnce(old, "## Tariffs and collection", "## Who pays for the power");
    const changes = compare(old, next, "en");
    expect(changes.slice(2, 4)).toEqual([
      { kind: "removed", oldIndex: 2 },
      { kind: "added", newIndex: 2 },
    ]);
    expect(changedBlockIndices(changes)).toEqual([2]);
  });

  it("never pairs a heading with a paragraph, even with the same words", () => {
    const old = bodyOf("port-tender", "en");
    const next = replaceOnce(old, "## Transparency rules", "Transparency rules");
    const changes = compare(old, next, "en");
    expect(changes.slice(2, 4)).toEqual([
      { kind: "removed", oldIndex: 2 },
      { kind: "added", newIndex: 2 },
    ]);
    expect(blockOf(next, 2).kind).toBe("paragraph");
  });

  it("flags a paragraph turned into a quote as edited with similarity 1: the translation's Markdown must follow", () => {
    const old = bodyOf("port-tender", "en");
    const paragraph = blockOf(old, 5).raw;
    const next = replaceOnce(old, paragraph, `> ${paragraph}`);
    const changes = compare(old, next, "en");
    expect(editedAt(changes)).toEqual([{ kind: "edited", oldIndex: 5, newIndex: 5, similarity: 1 }]);
  });

  it("reports an edit that keeps fewer than half the words as removed and added", () => {
    const old = bodyOf("port-tender", "en");
    const paragraph = blockOf(old, 5).raw;
    expect(paragraph).toBe(
      "Preliminary results are expected in mid-January, with work due to start in the spring and last three years.",
    );
    // 19 words each, 8 in common (in, in, the, to, with, work, due, start): Dice 2 × 8 / 38 = 0.42.
    const rewrite =
      "The committee now expects to name the winning consortium in March, with work due to start in the summer.";
    const changes = compare(old, replaceOnce(old, paragraph, rewrite), "en");
    expect(changes.slice(5, 7)).toEqual([
      { kind: "removed", oldIndex: 5 },
      { kind: "added", newIndex: 5 },
    ]);
    expect(EDIT_SIMILARITY).toBe(0.5);
  });

  it("reports every block added to an empty body, and every block removed when the body is emptied", () => {
    const body = bodyOf("olive-harvest", "ar");
    const count = bodyBlocks(body).length;
    const fromNothing = compare("", body, "ar");
    expect(fromNothing).toEqual(Array.from({ length: count }, (_, i) => ({ kind: "added", newIndex: i })));
    expect(changedBlockIndices(fromNothing)).toEqual(Array.from({ length: count }, (_, i) => i));
    const toNothing = compare(body, "", "ar");
    expect(toNothing).toEqual(Array.from({ length: count }, (_, i) => ({ kind: "removed", oldIndex: i })));
    expect(changedBlockIndices(toNothing)).toEqual([]);
  });
});

describe("changedBlockIndices", () => {
  it("lists edited and added blocks' new indices in ascending order, whatever the order given", () => {
    expect(
      changedBlockIndices([
        { kind: "added", newIndex: 7 },
        { kind: "unchanged", oldIndex: 0, newIndex: 0 },
        { kind: "removed", oldIndex: 1 },
        { kind: "edited", oldIndex: 2, newIndex: 1, similarity: 0.8 },
        { kind: "added", newIndex: 3 },
      ]),
    ).toEqual([1, 3, 7]);
  });
});
