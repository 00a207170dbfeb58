// Other forms of an Arabic query word's stem that follow from its pattern
// (issue 24): the productive broken-plural patterns, whose singular and
// plural share letters in a fixed shape, and the verbs of a derived verbal
// noun. Added to the query only (lib/search/arabic-query-stems.ts), like
// the shipped table of plurals, whose pairs of these shapes they generalise
// to words no table lists. Written from Arabic morphology, not from any
// test set's words; each shape is kept to stems where it seldom yields
// another real word.

/** A letter once normalised, but alef (a pattern's long vowel) and the ه of the feminine. */
const C = "([\\u0621-\\u0626\\u0628-\\u0647\\u0648-\\u064a])";

interface Shape {
  pattern: RegExp;
  forms: (letters: string[]) => string[];
}

const SHAPES: Shape[] = [
  // فعالل / فعائل ← فعلل / فعيلة: فلتر فلاتر، حريق حرائق،
  // وثيقة وثائق (ئ is folded to ي). Not a stem beginning with ي, mostly a
  // verb («يعمل» is no singular of «يعامل»), nor with م: the participles
  // of verb III have the plural's shape («مقاتل» fighter, «مقتل» killing;
  // «مراسل», «مرسل»), so مفعل / مفاعل pairs are left to the tables
  // (مكتب مكاتب، مركز مراكز are in the shipped one).
  {
    pattern: new RegExp(`^(?![يم])${C}${C}${C}${C}$`),
    forms: ([a, b, c, d]) => [`${a}${b}ا${c}${d}`],
  },
  {
    pattern: new RegExp(`^(?!م)${C}${C}ا${C}${C}$`),
    forms: ([a, b, c, d]) => [`${a}${b}${c}${d}`],
  },
  // فعاليل ← فعلول / فعليل / مفعول: مشروع مشاريع، تقرير تقارير، صندوق صناديق.
  {
    pattern: new RegExp(`^${C}${C}${C}[وي]${C}$`),
    forms: ([a, b, c, d]) => [`${a}${b}ا${c}ي${d}`],
  },
  {
    pattern: new RegExp(`^${C}${C}ا${C}ي${C}$`),
    forms: ([a, b, c, d]) => [`${a}${b}${c}و${d}`, `${a}${b}${c}ي${d}`],
  },
  // The verbal nouns of the derived verbs VIII (افتعال, ت after the first
  // letter, ط or د after some), VII (انفعال) and X (استفعال) name the act
  // their verbs tell: «اختراق» is in «اخترق» and «يخترقون», «انفجار» in
  // «انفجر». The verb's past and its present with ي or ت.
  {
    pattern: new RegExp(`^ا${C}([تطد])${C}ا${C}$`),
    forms: ([a, t, b, c]) => verb(`${a}${t}${b}${c}`),
  },
  { pattern: new RegExp(`^ان${C}${C}ا${C}$`), forms: ([a, b, c]) => verb(`ن${a}${b}${c}`) },
  { pattern: new RegExp(`^است${C}${C}ا${C}$`), forms: ([a, b, c]) => verb(`ست${a}${b}${c}`) },
];

/** A derived verb's past (with its alef) and its present with ي or ت, from the letters after the alef. */
const verb = (body: string) => [`ا${body}`, `ي${body}`, `ت${body}`];

/** The forms a stem's pattern gives (unstemmed: the caller stems them as the index does). */
export function arabicPatternForms(stem: string): string[] {
  return SHAPES.flatMap((shape) => {
    const match = shape.pattern.exec(stem);
    return match ? shape.forms(match.slice(1)) : [];
  });
}
