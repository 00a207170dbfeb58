import { describe, expect, it } from "vitest";
import { arabicSearchForm, arabicWordStems } from "@/lib/search/arabic-light-stem";
import { arabicQueryStems } from "@/lib/search/arabic-query-stems";

const indexed = (word: string) => arabicWordStems(arabicSearchForm(word));
const query = (word: string, linked?: Map<string, string[]>) =>
  arabicQueryStems(arabicSearchForm(word), word, linked);
/** Whether a query for `typed` looks for a stem `stored` is indexed under. */
const finds = (typed: string, stored: string, linked?: Map<string, string[]>) =>
  query(typed, linked).some((stem) => indexed(stored).includes(stem));

describe("the stems an Arabic query word is looked for under", () => {
  it("starts with the stems the word is indexed under", () => {
    for (const word of ["وزير", "بيروت", "المدارس", "والكهرباء"]) {
      expect(query(word).slice(0, indexed(word).length), word).toEqual(indexed(word));
    }
  });

  it("finds words whose own first letters are «ال» with and without the article", () => {
    expect(finds("ألياف", "الألياف")).toBe(true);
    expect(finds("الألياف", "ألياف")).toBe(true);
    expect(finds("آلاف", "الآلاف")).toBe(true);
    expect(finds("الآلاف", "آلاف")).toBe(true);
    expect(finds("ألغام", "بالألغام")).toBe(true);
    expect(finds("الالتزام", "التزام")).toBe(true);
  });

  it("reads a bare «ال» as the article: no second article, which headlines' unstemmed words would meet", () => {
    expect(query("الأمم")).toEqual(indexed("الأمم"));
    expect(query("الياف")).toEqual(indexed("الياف"));
  });

  it("finds a sound plural in the construct state, and a hamza on و or ي", () => {
    expect(finds("المزارعين", "مزارعو")).toBe(true);
    expect(finds("مزارعو", "المزارعين")).toBe(true);
    expect(finds("العداؤون", "العدائين")).toBe(true);
    expect(finds("عدائين", "العداؤون")).toBe(true);
    expect(finds("صناع", "صانعو", new Map([["صناع", ["صانع"]]]))).toBe(true);
  });

  it("leaves short words ending in و whole", () => {
    expect(query("عضو")).toEqual(indexed("عضو"));
    expect(query("نمو")).toEqual(indexed("نمو"));
    expect(query("مترو")).toEqual(indexed("مترو"));
    // «دعا» (he called) is no form of «الدعاوى» (lawsuits).
    expect(query("الدعاوى")).not.toContain("دعا");
  });

  it("finds the other number of a broken plural of a productive pattern", () => {
    expect(finds("فلتر", "بفلاتر")).toBe(true);
    expect(finds("فلاتر", "الفلتر")).toBe(true);
    expect(finds("حرائق", "الحريق")).toBe(true);
    expect(finds("الحريق", "حرائق")).toBe(true);
    expect(finds("وثيقة", "الوثائق")).toBe(true);
    expect(finds("مشروع", "المشاريع")).toBe(true);
    expect(finds("التقارير", "تقرير")).toBe(true);
  });

  it("leaves the pattern of a participle of verb III and of a present verb alone", () => {
    // «مقاتل» (fighter) has the shape of a plural whose singular would be «مقتل» (killing).
    expect(finds("مقاتلين", "مقتل")).toBe(false);
    expect(finds("مقتل", "المقاتلين")).toBe(false);
    expect(finds("يعمل", "يعامل")).toBe(false);
  });

  it("finds the verbs of a derived verbal noun", () => {
    expect(finds("اختراقات", "يخترقون")).toBe(true);
    expect(finds("الاختلاس", "اختلس")).toBe(true);
    expect(finds("انفجار", "تنفجر")).toBe(true);
    expect(finds("الاستثمار", "يستثمرون")).toBe(true);
    expect(finds("ازدحام", "ازدحم")).toBe(true);
  });
});
