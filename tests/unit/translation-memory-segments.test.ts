import type { Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import { alignVersions, RELATIVE_LENGTH, textLength, type SegmentPair } from "@/lib/translation-memory/align";
import { bodyBlocks, memoryKey, sentences, type BodyBlock } from "@/lib/translation-memory/segments";
import { stories } from "@/prisma/content/stories/index";
import type { SeedStory, SeedTranslation } from "@/prisma/content/types";

type Version = SeedTranslation & { locale: Locale };

interface Bilingual {
  story: SeedStory;
  source: Version;
  target: Version;
  en: Version;
  ar: Version;
}

const bilingual: Bilingual[] = stories.flatMap((story) => {
  const { en, ar } = story.translations;
  if (!en || !ar) return [];
  const versions = { en: { ...en, locale: "en" as const }, ar: { ...ar, locale: "ar" as const } };
  const source = versions[story.sourceLocale];
  const target = story.sourceLocale === "en" ? versions.ar : versions.en;
  return [{ story, source, target, ...versions }];
});

const byKey = (key: string): Bilingual => {
  const found = bilingual.find((entry) => entry.story.key === key);
  if (!found) throw new Error(`no bilingual demo story ${key}`);
  return found;
};

const blockPairs = (pairs: SegmentPair[]) => pairs.filter((pair) => pair.kind === "block");
const withoutBlock = (blocks: BodyBlock[], index: number) =>
  blocks
    .filter((block) => block.index !== index)
    .map((block) => block.raw)
    .join("\n\n");

describe("bodyBlocks", () => {
  const aid = byKey("aid-conference");

  it("splits a demo body into its paragraphs, headings, quotes and list items, in order", () => {
    const blocks = bodyBlocks(aid.en.body);
    expect(blocks).toHaveLength(29);
    expect(blocks.map((block) => block.index)).toEqual(blocks.map((_, i) => i));
    const count = (kind: BodyBlock["kind"]) => blocks.filter((block) => block.kind === kind).length;
    expect({ heading: count("heading"), quote: count("quote"), item: count("item") }).toEqual({
      heading: 5,
      quote: 4,
      item: 4,
    });
    expect(blocks[2]).toMatchObject({
      kind: "heading",
      text: "A gap of $700 million",
      raw: "## A gap of $700 million",
    });
    expect(blocks[4]?.kind).toBe("quote");
    expect(blocks[4]?.text).toMatch(/^"Every dollar that is missing this winter/);
    expect(blocks[4]?.raw).toMatch(/^> "Every dollar/);
    expect(blocks.slice(24, 28).map((block) => block.text)).toEqual([
      "$610 million from the European Union over two years",
      "$480 million from Gulf states, mainly for housing and water",
      "$320 million from Germany and $140 million from Japan",
      "a $250 million World Bank facility for small businesses",
    ]);
  });

  it("keeps a link's text and drops its URL, in both languages", () => {
    const en = bodyBlocks(aid.en.body).at(-1);
    const ar = bodyBlocks(aid.ar.body).at(-1);
    expect(en?.text).toBe(
      "Full conference documents are expected to be published on the organisers' website.",
    );
    expect(ar?.text).toBe("ويُنتظر أن تُنشر وثائق المؤتمر كاملةً على موقع الجهات المنظِّمة.");
    expect(en?.raw).toContain("](https://example.org/beirut-aid-conference-2026)");
  });

  it("finds the same block structure in both languages of every bilingual demo story", () => {
    expect(bilingual.length).toBeGreaterThanOrEqual(10);
    for (const { en, ar } of bilingual) {
      const kinds = (body: string) => bodyBlocks(body).map((block) => block.kind);
      expect(kinds(ar.body)).toEqual(kinds(en.body));
    }
  });

  it("strips emphasis, escapes and markers from a hand-written English body", () => {
    const body = [
      "The **World Bank** announced a *$250 million* loan facility for small businesses,",
      'to be managed by [local banks](https://example.org/banks "Banks") in areas hosting \\*large\\* displaced populations.',
      "",
      "### Who pays for what",
      "",
      '> "Pledges are easy to announce in a conference hall.',
      '> What matters is what reaches a family in Arsal in January," Virtanen said.',
      ">",
      '> "We will publish the figures every month."',
      "",
      "1. $610 million from the European Union",
      "2. __$480 million__ from Gulf states",
      "",
      "---",
      "",
      "Shelter came first_of_all, said the ministry.",
    ].join("\n");
    expect(bodyBlocks(body).map(({ kind, text }) => [kind, text])).toEqual([
      [
        "paragraph",
        "The World Bank announced a $250 million loan facility for small businesses, to be managed by local banks in areas hosting *large* displaced populations.",
      ],
      ["heading", "Who pays for what"],
      [
        "quote",
        '"Pledges are easy to announce in a conference hall. What matters is what reaches a family in Arsal in January," Virtanen said.',
      ],
      ["quote", '"We will publish the figures every month."'],
      ["item", "$610 million from the European Union"],
      ["item", "$480 million from Gulf states"],
      ["paragraph", "Shelter came first_of_all, said the ministry."],
    ]);
    expect(bodyBlocks(body)[2]?.raw).toBe(
      '> "Pledges are easy to announce in a conference hall.\n> What matters is what reaches a family in Arsal in January," Virtanen said.',
    );
  });

  it("reads an Arabic body with a subheading, a quote and a list", () => {
    const body = [
      "قرّرت رابطة الأساتذة المتفرّغين في **الجامعة اللبنانية**، الخميس، تمديد الإضراب المفتوح أسبوعًا ثانيًا.",
      "",
      "## مطالب الأساتذة",
      "",
      "> «لا نريد أن نخسر طلابنا»، قال رئيس الرابطة في [مؤتمر صحافي](https://example.org/press).",
      "",
      "- تصحيح الرواتب",
      "- تمويل صندوق التعاضد",
    ].join("\n");
    expect(bodyBlocks(body).map(({ kind, text }) => [kind, text])).toEqual([
      [
        "paragraph",
        "قرّرت رابطة الأساتذة المتفرّغين في الجامعة اللبنانية، الخميس، تمديد الإضراب المفتوح أسبوعًا ثانيًا.",
      ],
      ["heading", "مطالب الأساتذة"],
      ["quote", "«لا نريد أن نخسر طلابنا»، قال رئيس الرابطة في مؤتمر صحافي."],
      ["item", "تصحيح الرواتب"],
      ["item", "تمويل صندوق التعاضد"],
    ]);
  });

  it("keeps a wrapped line that starts with a year as part of its paragraph", () => {
    const body = "The IMF expects the economy to recover by the end of\n2027. Officials were less hopeful.";
    expect(bodyBlocks(body)).toHaveLength(1);
  });

  it("returns nothing for an empty body", () => {
    expect(bodyBlocks("")).toEqual([]);
    expect(bodyBlocks("\n\n  \n")).toEqual([]);
  });
});

describe("sentences", () => {
  it("does not split English at titles, initials, dotted abbreviations, decimals or amounts", () => {
    const text =
      'Mr. Mrad met Dr. Amina Farouk at 9 a.m. on Tuesday. The U.S. pledged $1.5 billion, up 2.4 percent on last year. Was it enough? "No," said J. K. Ortega-Ruiz of the World Bank.';
    expect(sentences(text, "en")).toEqual([
      "Mr. Mrad met Dr. Amina Farouk at 9 a.m. on Tuesday.",
      "The U.S. pledged $1.5 billion, up 2.4 percent on last year.",
      "Was it enough?",
      '"No," said J. K. Ortega-Ruiz of the World Bank.',
    ]);
  });

  it("keeps closing quotes with their sentence and does not split before a lower-case word", () => {
    expect(sentences('"Who pays for the heating?" she asked. The minister did not answer.', "en")).toEqual([
      '"Who pays for the heating?" she asked.',
      "The minister did not answer.",
    ]);
    expect(
      sentences("Donors, e.g. the EU and Japan, pledged more. Art. 5 of the law applies.", "en"),
    ).toEqual(["Donors, e.g. the EU and Japan, pledged more.", "Art. 5 of the law applies."]);
  });

  it("splits Arabic at ؟ . ! and the Arabic full stop, keeping decimals and one-letter abbreviations", () => {
    const text =
      "هل تكفي التعهّدات؟ قال المنظّمون إن المبلغ يقلّ عن 3.1 مليار دولار. والتقى د. أمينة فاروق الوفود! وسيُعقد اجتماع متابعة في عمّان۔ ويُنتظر نشر الأرقام شهريًا.";
    expect(sentences(text, "ar")).toEqual([
      "هل تكفي التعهّدات؟",
      "قال المنظّمون إن المبلغ يقلّ عن 3.1 مليار دولار.",
      "والتقى د. أمينة فاروق الوفود!",
      "وسيُعقد اجتماع متابعة في عمّان۔",
      "ويُنتظر نشر الأرقام شهريًا.",
    ]);
  });

  it("splits a real demo paragraph the same way in both languages", () => {
    const { en, ar } = byKey("aid-conference");
    const enBlock = bodyBlocks(en.body)[1]?.text ?? "";
    const arBlock = bodyBlocks(ar.body)[1]?.text ?? "";
    expect(sentences(enBlock, "en")).toEqual([
      "The one-day conference, co-hosted by Lebanon and the European Union at the Grand Serail, brought together delegations from 41 governments and agencies.",
      "Organisers said about 60 percent of the money pledged would be disbursed before the end of March 2027.",
    ]);
    expect(sentences(arBlock, "ar")).toEqual([
      "وجمع المؤتمر، الذي استمر يومًا واحدًا واستضافه لبنان والاتحاد الأوروبي (EU) في السراي الحكومي، وفودًا من 41 حكومة ووكالة.",
      "وقال المنظّمون إن نحو 60 في المئة من الأموال المتعهَّد بها ستُصرف قبل نهاية آذار 2027.",
    ]);
  });

  it("gives one sentence for a one-sentence paragraph or a headline", () => {
    const strike = stories.find((story) => story.key === "university-strike")?.translations.ar;
    const quote = bodyBlocks(strike?.body ?? "").find((block) => block.kind === "quote");
    expect(sentences(quote?.text ?? "", "ar")).toHaveLength(1);
    expect(sentences(byKey("aid-conference").en.headline, "en")).toHaveLength(1);
    expect(sentences("Heavy rains flooded 230 settlements in the Bekaa valley", "en")).toEqual([
      "Heavy rains flooded 230 settlements in the Bekaa valley",
    ]);
  });

  it("never returns empty or untrimmed sentences, and loses no words, on every demo block", () => {
    expect(sentences("", "en")).toEqual([]);
    expect(sentences("  \n ", "ar")).toEqual([]);
    for (const story of stories) {
      for (const [locale, translation] of Object.entries(story.translations)) {
        const lang = locale as Locale;
        for (const block of bodyBlocks(translation?.body ?? "")) {
          const split = sentences(block.text, lang);
          expect(split.length).toBeGreaterThan(0);
          for (const sentence of split) expect(sentence).toBe(sentence.trim());
          expect(split.every((sentence) => sentence !== "")).toBe(true);
          // Block text has its spaces collapsed, and splits happen only at spaces.
          expect(split.join(" ")).toBe(block.text);
        }
      }
    }
  });
});

describe("memoryKey", () => {
  it("spells hamza forms and ta marbuta the same", () => {
    expect(memoryKey("أساتذة", "ar")).toBe(memoryKey("اساتذه", "ar"));
    expect(memoryKey("إضراب الأساتذة في الجامعة", "ar")).toBe(memoryKey("اضراب الاساتذه في الجامعه", "ar"));
    expect(memoryKey("مستشفى", "ar")).toBe(memoryKey("مستشفي", "ar"));
  });

  it("ignores tashkeel, tatweel and Arabic-Indic digits in a real headline", () => {
    const headline = "أساتذة الجامعة اللبنانية يمدّدون إضرابهم أسبوعًا ثانيًا";
    expect(memoryKey(headline, "ar")).toBe(
      memoryKey("اساتذه الجامعــه اللبنانيه يمددون اضرابهم اسبوعا ثانيا", "ar"),
    );
    expect(memoryKey("في ١٥ آذار ٢٠٢٧", "ar")).toBe(memoryKey("في 15 آذار 2027", "ar"));
  });

  it("keeps different words different", () => {
    expect(memoryKey("مدرسة", "ar")).not.toBe(memoryKey("مدرس", "ar"));
    expect(memoryKey("He left.", "en")).not.toBe(memoryKey("He left?", "en"));
  });

  it("is case-insensitive in English and in Latin words inside Arabic", () => {
    const headline = "Donors pledge $2.4 billion for displaced families at Beirut aid conference";
    expect(memoryKey(headline, "en")).toBe(memoryKey(headline.toUpperCase(), "en"));
    expect(memoryKey("منظمة UNICEF", "ar")).toBe(memoryKey("منظمة unicef", "ar"));
  });

  it("collapses white space, composes to NFC and drops invisible marks and quotes at the ends", () => {
    expect(memoryKey("  Beirut\u00A0 aid\nconference ", "en")).toBe("beirut aid conference");
    expect(memoryKey("Caf\u0065\u0301 owners", "en")).toBe(memoryKey("Caf\u00E9 owners", "en"));
    expect(memoryKey("\u200Fقال الوزير\u200E", "ar")).toBe(memoryKey("قال الوزير", "ar"));
    expect(memoryKey('"Every dollar that is missing this winter will be counted.', "en")).toBe(
      "every dollar that is missing this winter will be counted.",
    );
    expect(memoryKey("«لا نطلب برامج جديدة»", "ar")).toBe(memoryKey("لا نطلب برامج جديدة", "ar"));
  });
});

describe("alignVersions", () => {
  it("pairs headline, dek and every block by index on every bilingual demo story", () => {
    for (const { source, target } of bilingual) {
      const pairs = alignVersions(source, target);
      expect(pairs.filter((pair) => pair.kind === "headline")).toEqual([
        {
          kind: "headline",
          blockIndex: null,
          sentenceIndex: null,
          source: source.headline,
          target: target.headline,
        },
      ]);
      expect(pairs.filter((pair) => pair.kind === "dek")).toEqual([
        { kind: "dek", blockIndex: null, sentenceIndex: null, source: source.dek, target: target.dek },
      ]);
      const sourceBlocks = bodyBlocks(source.body);
      const targetBlocks = bodyBlocks(target.body);
      expect(sourceBlocks.length).toBe(targetBlocks.length);
      expect(blockPairs(pairs)).toEqual(
        sourceBlocks.map((block, i) => ({
          kind: "block",
          blockIndex: i,
          sentenceIndex: null,
          source: block.text,
          target: targetBlocks[i]?.text,
        })),
      );
    }
  });

  it("emits sentence pairs only where both sides split into the same number of sentences", () => {
    let sentencePairs = 0;
    for (const { source, target } of bilingual) {
      const pairs = alignVersions(source, target);
      for (const block of blockPairs(pairs)) {
        const from = sentences(block.source, source.locale);
        const to = sentences(block.target, target.locale);
        const emitted = pairs.filter(
          (pair) => pair.kind === "sentence" && pair.blockIndex === block.blockIndex,
        );
        if (from.length > 1 && from.length === to.length) {
          expect(emitted.map((pair) => [pair.sentenceIndex, pair.source, pair.target])).toEqual(
            from.map((sentence, k) => [k, sentence, to[k]]),
          );
        } else {
          expect(emitted).toEqual([]);
        }
        sentencePairs += emitted.length;
      }
    }
    // The demo's block pairs whose sentences line up: 16 sentences in the
    // news stories, 29 more in the analysis, opinion, interview and explainer
    // pieces (4 of them in the opinion piece with every kind of media).
    expect(sentencePairs).toBe(45);
  });

  it("pairs the sentences of a real paragraph correctly", () => {
    const { source, target } = byKey("aid-conference");
    const pairs = alignVersions(source, target).filter(
      (pair) => pair.kind === "sentence" && pair.blockIndex === 6,
    );
    expect(pairs.map((pair) => [pair.source, pair.target])).toEqual([
      [
        "The largest single pledge, $610 million over two years, came from the European Union.",
        "وجاء أكبر تعهّد منفرد، وقيمته 610 ملايين دولار على مدى عامين، من الاتحاد الأوروبي.",
      ],
      [
        "Germany pledged $320 million and Japan $140 million, while Gulf states together announced $480 million, much of it for housing repairs and water networks.",
        "وتعهّدت ألمانيا بـ320 مليون دولار واليابان بـ140 مليونًا، فيما أعلنت دول الخليج مجتمعةً 480 مليون دولار خُصّص معظمها لترميم المساكن وشبكات المياه.",
      ],
    ]);
  });

  it("recovers when one paragraph is missing from the Arabic side, and never pairs wrongly", () => {
    let expected = 0;
    let found = 0;
    for (const { story, en, ar } of bilingual) {
      const enBlocks = bodyBlocks(en.body);
      const arBlocks = bodyBlocks(ar.body);
      // The demo translations keep the structure: block k translates block k.
      const truth = new Map<string, string>();
      enBlocks.forEach((block, k) => {
        truth.set(`en:${block.text}`, arBlocks[k]?.text ?? "");
        truth.set(`ar:${arBlocks[k]?.text}`, block.text);
      });
      const kinds = new Map([...enBlocks, ...arBlocks].map((block) => [block.text, block.kind]));
      for (const dropped of arBlocks) {
        const cut: Version = { ...ar, body: withoutBlock(arBlocks, dropped.index) };
        const [source, target] = story.sourceLocale === "en" ? [en, cut] : [cut, en];
        const pairs = blockPairs(alignVersions(source, target));
        for (const pair of pairs) {
          expect(pair.target, `${story.key} without block ${dropped.index}`).toBe(
            truth.get(`${source.locale}:${pair.source}`),
          );
          expect(pair.source).not.toBe(dropped.text);
          expect(pair.target).not.toBe(dropped.text);
          // A heading pairs with a heading only.
          expect(kinds.get(pair.source) === "heading").toBe(kinds.get(pair.target) === "heading");
        }
        expected += arBlocks.length - 1;
        found += pairs.length;
      }
    }
    // Pairs the lengths cannot tell apart are left out rather than guessed.
    expect(found / expected).toBeGreaterThan(0.9);
  });

  it("recovers every pair around a dropped paragraph of the longest story", () => {
    const { source, target } = byKey("aid-conference");
    const enBlocks = bodyBlocks(source.body);
    const arBlocks = bodyBlocks(target.body);
    const pairs = alignVersions(source, { ...target, body: withoutBlock(arBlocks, 8) });
    expect(blockPairs(pairs).map((pair) => [pair.blockIndex, pair.target])).toEqual(
      enBlocks
        .filter((block) => block.index !== 8)
        .map((block) => [block.index, arBlocks[block.index]?.text]),
    );
    expect(pairs.filter((pair) => pair.kind === "sentence" && pair.blockIndex === 8)).toEqual([]);
  });

  it("emits no pair for two paragraphs the translator merged into one", () => {
    const { source, target } = byKey("aid-conference");
    const arBlocks = bodyBlocks(target.body);
    const raws = arBlocks.map((block) => block.raw);
    raws.splice(5, 2, `${arBlocks[5]?.raw} ${arBlocks[6]?.raw}`);
    const pairs = blockPairs(alignVersions(source, { ...target, body: raws.join("\n\n") }));
    expect(pairs.map((pair) => pair.blockIndex)).toEqual(
      Array.from({ length: 29 }, (_, i) => i).filter((i) => i !== 5 && i !== 6),
    );
  });

  it("skips the headline or dek pair when either side is empty", () => {
    const { source, target } = byKey("tripoli-bus-line");
    const kinds = alignVersions(source, { ...target, dek: "  " }).map((pair) => pair.kind);
    expect(kinds).toContain("headline");
    expect(kinds).not.toContain("dek");
    expect(alignVersions({ ...source, headline: "" }, target).map((pair) => pair.kind)).not.toContain(
      "headline",
    );
  });

  it("is deterministic on a 29-block story with a missing paragraph", () => {
    const { source, target } = byKey("aid-conference");
    const cut = { ...target, body: withoutBlock(bodyBlocks(target.body), 12) };
    expect(alignVersions(source, cut)).toEqual(alignVersions(source, cut));
  });

  it("uses the Arabic/English length ratio the demo stories show", () => {
    let en = 0;
    let ar = 0;
    for (const story of bilingual) {
      for (const [enText, arText] of [
        [story.en.headline, story.ar.headline],
        [story.en.dek, story.ar.dek],
        ...bodyBlocks(story.en.body).map((block, k) => [
          block.text,
          bodyBlocks(story.ar.body)[k]?.text ?? "",
        ]),
      ] as [string, string][]) {
        en += textLength(enText);
        ar += textLength(arText);
      }
    }
    expect(ar / en).toBeCloseTo(RELATIVE_LENGTH.ar, 1);
    expect(RELATIVE_LENGTH.ar).toBeLessThan(1);
  });
});
