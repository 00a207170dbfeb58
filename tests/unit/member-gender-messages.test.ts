import { createTranslator, type Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageFormats } from "@/i18n/message-formats";
import { memberName, messageGender } from "@/lib/newsroom/people/member-name";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

// Messages that name a member agree with that member's grammatical gender,
// and messages that speak to the viewer agree with the viewer's: Arabic
// verbs, pronouns and adjectives change («تولّت لينا» / «تولّى كريم»,
// «تولّيتِ» / «تولّيتَ»). Each such message takes an ICU `select` on a gender
// argument; these tests find them by that argument, prove that no message
// naming a member lacks one, and render each with both genders.

/** Arguments that hold a member's name, and the gender argument each must come with. */
const MEMBER_ARGUMENTS: Record<string, string> = {
  actor: "actorGender",
  member: "memberGender",
  scheduler: "schedulerGender",
  fromName: "fromGender",
  toName: "toGender",
};
/** The viewer's own gender, for messages that address them. */
const VIEWER = "viewerGender";
const GENDER_ARGUMENTS = new Set([...Object.values(MEMBER_ARGUMENTS), VIEWER]);

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, inner]) =>
    leaves(inner, prefix ? `${prefix}.${key}` : key),
  );
}

// The messages quote nothing, so every "{name" opens an argument (see message-plurals.test.ts).
const argumentsOf = (text: string) =>
  [...text.matchAll(/\{(\w+)(?:, (\w+))?/g)].map(([, name, type]) => ({ name: name!, type: type ?? "" }));

/** Gender arguments a message selects on. */
const gendersOf = (text: string) =>
  new Set(
    argumentsOf(text).flatMap(({ name, type }) =>
      type === "select" && name.endsWith("Gender") ? [name] : [],
    ),
  );

const byKey = { en: new Map(leaves(en)), ar: new Map(leaves(ar)) };
const gendered = [...byKey.ar].filter(([, text]) => gendersOf(text).size > 0).map(([key]) => key);

function render(locale: Locale, key: string, values: Record<string, string>): string {
  const t = createTranslator({
    locale,
    messages: { m: byKey[locale].get(key)! },
    formats: messageFormats(locale, "latn"),
    timeZone: "Asia/Beirut",
    onError: (error) => {
      throw error;
    },
  });
  const text = byKey[locale].get(key)!;
  const filled = Object.fromEntries(
    argumentsOf(text).map(({ name, type }) => [
      name,
      name.endsWith("Gender") ? "other" : type === "plural" || type === "number" ? 3 : `«${name}»`,
    ]),
  );
  // Rich messages render as text with their tags' contents.
  const tags = Object.fromEntries(
    [...text.matchAll(/<(\w+)>/g)].map((match) => [match[1]!, (chunks: string) => chunks]),
  );
  return t.markup("m" as never, { ...filled, ...tags, ...values } as never) as string;
}

describe("messages that name a member or address the viewer", () => {
  it("finds them by their gender argument", () => {
    expect(gendered.length).toBeGreaterThan(60);
    expect(gendered).toEqual(
      expect.arrayContaining([
        "Newsroom.inbox.kinds.claim_taken_over",
        "Newsroom.queue.claimedBy",
        "Newsroom.editor.lock.tookOver",
        "Audit.sentences.translation_publish",
      ]),
    );
  });

  it("gives every message that names a member a select on that member's gender, in both languages", () => {
    const missing = (["en", "ar"] as const).flatMap((locale) =>
      [...byKey[locale]].flatMap(([key, text]) => {
        const selects = gendersOf(text);
        return argumentsOf(text)
          .filter(({ name, type }) => name in MEMBER_ARGUMENTS && type === "")
          .filter(({ name }) => !selects.has(MEMBER_ARGUMENTS[name]!))
          .map(({ name }) => `${locale} ${key}: {${name}} without {${MEMBER_ARGUMENTS[name]}, select}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it("takes the same gender arguments in English and Arabic, each only as a select", () => {
    for (const [key, text] of byKey.ar) {
      expect([...gendersOf(byKey.en.get(key)!)].sort(), key).toEqual([...gendersOf(text)].sort());
    }
    const misused = (["en", "ar"] as const).flatMap((locale) =>
      [...byKey[locale]].flatMap(([key, text]) =>
        argumentsOf(text)
          .filter(
            ({ name, type }) => name.endsWith("Gender") && (type !== "select" || !GENDER_ARGUMENTS.has(name)),
          )
          .map(({ name }) => `${locale} ${key}: {${name}}`),
      ),
    );
    expect(misused).toEqual([]);
  });

  it("writes the feminine, the masculine and the unmarked form of each in Arabic", () => {
    const incomplete = gendered.filter((key) =>
      [...gendersOf(byKey.ar.get(key)!)].some(
        (name) =>
          !new RegExp(`\\{${name}, select, female \\{[^]*\\} male \\{[^]*\\} other \\{`).test(
            byKey.ar.get(key)!,
          ),
      ),
    );
    expect(incomplete).toEqual([]);
  });

  it("renders each in both languages with female and male, and Arabic tells them apart", () => {
    for (const key of gendered) {
      for (const name of gendersOf(byKey.ar.get(key)!)) {
        const [female, male, other] = (["female", "male", "other"] as const).map((gender) =>
          render("ar", key, { [name]: gender }),
        );
        expect(female, `${key} {${name}}`).not.toBe(male);
        // Unset reads as the unmarked form, which in Arabic is the masculine.
        expect(other, `${key} {${name}}`).toBe(male);
        for (const gender of ["female", "male", "other"]) {
          expect(render("en", key, { [name]: gender }), `${key} {${name}} ${gender}`).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it("agrees with the member it names", () => {
    const claim = (locale: Locale, actor: string, actorGender: string) =>
      render(locale, "Newsroom.inbox.kinds.claim_taken_over", {
        actor,
        actorGender,
        language: "x",
        headline: "y",
      });
    expect(claim("ar", "لينا عون", "female")).toMatch(/^تولّت لينا عون ترجمة/);
    expect(claim("ar", "كريم نصّار", "male")).toMatch(/^تولّى كريم نصّار ترجمة/);
    expect(claim("en", "Lina Aoun", "female")).toMatch(/^Lina Aoun took the x translation/);

    const queue = (member: string, memberGender: string) =>
      render("ar", "Newsroom.queue.claimedBy", { member, memberGender, duration: "ساعتين" });
    expect(queue("لينا عون", "female")).toBe("حجزته لينا عون منذ ساعتين.");
    expect(queue("كريم نصّار", "male")).toBe("حجزه كريم نصّار منذ ساعتين.");

    const published = (actorGender: string) =>
      render("ar", "Audit.sentences.translation_publish", { actor: "لينا", actorGender });
    expect(published("female")).toMatch(/^نشرت لينا /);
    expect(published("male")).toMatch(/^نشر لينا /);

    const lost = (memberGender: string) =>
      render("en", "Newsroom.editor.lock.lost", { member: "Lina", memberGender });
    expect(lost("female")).toContain("If she saves first");
    expect(lost("male")).toContain("If he saves first");
    expect(lost("other")).toContain("If they save first");

    const takeover = (fromGender: string) =>
      render("ar", "Audit.sentences.translation_lock_takeover", {
        fromName: "لينا",
        fromGender,
        actorGender: "male",
      });
    expect(takeover("female")).toContain("بدلًا من لينا التي فتحتها");
    expect(takeover("male")).toContain("بدلًا من لينا الذي فتحها");
  });

  it("agrees with the viewer it addresses", () => {
    const tookOver = (viewerGender: string) =>
      render("ar", "Newsroom.editor.lock.tookOver", { viewerGender });
    expect(tookOver("female")).toMatch(/^تولّيتِ تحرير/);
    expect(tookOver("male")).toMatch(/^تولّيتَ تحرير/);
    expect(render("ar", "Newsroom.users.you", { viewerGender: "female" })).toBe("أنتِ");
    expect(render("ar", "Newsroom.users.you", { viewerGender: "male" })).toBe("أنتَ");
    expect(render("ar", "Newsroom.nav.signedInAs", { viewerGender: "female" })).toBe("مسجَّلة الدخول باسم");
    expect(render("ar", "Newsroom.corrections.errors.required", { viewerGender: "female" })).toBe(
      "اكتبي الملاحظة.",
    );
    // The second-person messages of the newsroom's forms and notices.
    const addressed = [
      "Newsroom.forbidden.body",
      "Newsroom.editor.role.publishLive",
      "Newsroom.editor.errors.invalidCharacters",
      "Newsroom.users.errors.name",
      "Newsroom.topics.errors.required",
      "Newsroom.schedule.problem.schedulePast",
      "Newsroom.moderation.noneChosen",
      "Newsroom.account.intro",
      "Forms.unsaved",
      "Forms.draft.found",
    ];
    expect(addressed.filter((key) => !gendersOf(byKey.ar.get(key)!).has(VIEWER))).toEqual([]);
  });
});

describe("member names", () => {
  const lina = {
    name: "Lina Aoun",
    gender: "FEMININE" as const,
    displayNames: [{ locale: "ar" as const, name: "لينا عون" }],
  };

  it("names a member in the newsroom's language, else by their account name", () => {
    expect(memberName(lina, "ar")).toEqual({ name: "لينا عون", gender: "female" });
    expect(memberName(lina, "en")).toEqual({ name: "Lina Aoun", gender: "female" });
  });

  it("passes the member's grammatical gender to messages as female, male or other", () => {
    expect(messageGender("FEMININE")).toBe("female");
    expect(messageGender("MASCULINE")).toBe("male");
    expect(messageGender(null)).toBe("other");
    expect(messageGender(undefined)).toBe("other");
  });
});
