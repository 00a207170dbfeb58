import { describe, expect, it } from "vitest";
import { onlyMarksDiffer, wordDiff, wordTokens } from "@/lib/newsroom/editor/word-diff";

const changed = (before: string, after: string, locale: string) =>
  wordDiff(before, after, locale).filter((part) => part.kind !== "same");

describe("the word diff", () => {
  it("replaces an Arabic word whole, never as letter fragments", () => {
    const before = "أقرّ مجلس الوزراء خطة الكهرباء";
    const after = "رفض مجلس الوزراء خطة الكهرباء";
    expect(changed(before, after, "ar")).toEqual([
      { kind: "removed", text: "أقرّ" },
      { kind: "added", text: "رفض" },
    ]);
  });

  it("shows a shadda added to a word as a marks change naming the old spelling", () => {
    // «حول» (around) becomes «حوّل» (transferred): one shadda, a different word.
    const parts = wordDiff("حول المجلس المبلغ إلى الوزارة", "حوّل المجلس المبلغ إلى الوزارة", "ar");
    expect(parts).toEqual([
      { kind: "marks", text: "حوّل", before: "حول" },
      { kind: "same", text: " المجلس المبلغ إلى الوزارة" },
    ]);
  });

  it("shows a fatha and a kasra removed as a marks change", () => {
    expect(changed("عَلِمَ الطلاب بالقرار", "علم الطلاب بالقرار", "ar")).toEqual([
      { kind: "marks", text: "علم", before: "عَلِمَ" },
    ]);
  });

  it("finds a word inserted mid-sentence and leaves the words around it alone", () => {
    expect(
      wordDiff("أعلنت وزارة الصحة حصيلة جديدة", "أعلنت وزارة الصحة اللبنانية حصيلة جديدة", "ar"),
    ).toEqual([
      { kind: "same", text: "أعلنت وزارة الصحة " },
      { kind: "added", text: "اللبنانية " },
      { kind: "same", text: "حصيلة جديدة" },
    ]);
  });

  it("shows a punctuation change on its own, the Arabic comma included", () => {
    expect(changed("قال الوزير إن الخطة جاهزة.", "قال الوزير، إن الخطة جاهزة؟", "ar")).toEqual([
      { kind: "added", text: "،" },
      { kind: "removed", text: "." },
      { kind: "added", text: "؟" },
    ]);
  });

  it("keeps marks with their letters when cutting words", () => {
    expect(wordTokens("مُدَّة الحَرب", "ar")).toEqual(["مُدَّة", " ", "الحَرب"]);
  });

  it("counts a hamza as a letter, not a mark", () => {
    expect(onlyMarksDiffer("أحمد", "احمد", "ar")).toBe(false);
    expect(changed("قال أحمد", "قال احمد", "ar")).toEqual([
      { kind: "removed", text: "أحمد" },
      { kind: "added", text: "احمد" },
    ]);
  });

  it("sees no change when the same marks were typed in another order", () => {
    // Shadda then fatha, and fatha then shadda: the same text once normalised.
    expect(changed("مد\u0651\u064Eة", "مد\u064E\u0651ة", "ar")).toEqual([]);
  });

  it("diffs English word by word", () => {
    expect(wordDiff("The cabinet approved the plan", "The cabinet rejected the new plan!", "en")).toEqual([
      { kind: "same", text: "The cabinet " },
      { kind: "removed", text: "approved" },
      { kind: "added", text: "rejected" },
      { kind: "same", text: " the " },
      { kind: "added", text: "new " },
      { kind: "same", text: "plan" },
      { kind: "added", text: "!" },
    ]);
  });

  it("finds one changed mark in a long body, paragraph by paragraph", () => {
    const paragraph =
      "أعلنت وزارة الصحة حصيلة جديدة للحرائق في الجنوب، وقال المسؤولون إن الفرق ما زالت تعمل.";
    const body = Array.from({ length: 300 }, () => paragraph).join("\n\n");
    const edited = body.replace("المسؤولون", "المسؤولّون");
    const parts = changed(body, edited, "ar");
    expect(parts).toEqual([{ kind: "marks", text: "المسؤولّون", before: "المسؤولون" }]);
  });

  it("shows an empty text replaced whole, and identical texts as one unchanged run", () => {
    expect(wordDiff("", "نص جديد", "ar")).toEqual([{ kind: "added", text: "نص جديد" }]);
    expect(wordDiff("نص", "نص", "ar")).toEqual([{ kind: "same", text: "نص" }]);
  });
});
