import { describe, expect, it } from "vitest";
import {
  blockAtCaret,
  insertSuggestion,
  replaceBlockAtCaret,
} from "@/lib/translation-memory/insert-suggestion";

const source =
  '## Winter and the cost of shelter\n\nAid agencies said the immediate concern was shelter.\n\n> "Keep the heating on," she said.';

describe("inserting a memory suggestion", () => {
  it("replaces the untranslated source block, keeping its markers", () => {
    const { body } = insertSuggestion(
      source,
      { sourcePassage: "## Winter and the cost of shelter", text: "الشتاء وكلفة المأوى", block: true },
      0,
    );
    expect(body.split("\n\n")[0]).toBe("## الشتاء وكلفة المأوى");
    const quoted = insertSuggestion(
      source,
      { sourcePassage: '> "Keep the heating on," she said.', text: "«أبقوا التدفئة»، قالت.", block: true },
      0,
    );
    expect(quoted.body.endsWith("> «أبقوا التدفئة»، قالت.")).toBe(true);
  });

  it("replaces an untranslated sentence inside a block", () => {
    const { body } = insertSuggestion(
      "قالت الوكالات. Aid agencies said the immediate concern was shelter.",
      {
        sourcePassage: "Aid agencies said the immediate concern was shelter.",
        text: "قالت وكالات الإغاثة إن المأوى هو الهمّ.",
        block: false,
      },
      0,
    );
    expect(body).toBe("قالت الوكالات. قالت وكالات الإغاثة إن المأوى هو الهمّ.");
  });

  it("inserts a block at the caret, as a paragraph of its own, when the source is no longer there", () => {
    const body = "الفقرة الأولى.\n\nالفقرة الثالثة.";
    const caret = body.indexOf("\n\n");
    const result = insertSuggestion(
      body,
      { sourcePassage: "Gone.", text: "الفقرة الثانية.", block: true },
      caret,
    );
    expect(result.body).toBe("الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الثالثة.");
    expect(result.body.slice(0, result.caret).endsWith("الفقرة الثانية.")).toBe(true);
  });

  it("finds the block the caret is in and replaces it", () => {
    const body = "one\n\n- two\n\nthree";
    expect(blockAtCaret(body, body.indexOf("two")).index).toBe(1);
    expect(replaceBlockAtCaret(body, body.indexOf("two"), "اثنان").body).toBe("one\n\n- اثنان\n\nthree");
    expect(blockAtCaret(body, body.length).index).toBe(2);
  });
});
