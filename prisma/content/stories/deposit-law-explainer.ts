import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "deposit-law-explainer",
  kind: "explainer",
  section: "lebanon",
  authors: ["karim-nassar"],
  sourceLocale: "en",
  publishedAt: "2026-11-07T09:00:00+02:00",
  image: "deposit-recovery-law.svg",
  translations: {
    en: {
      slug: "explainer-how-the-deposit-recovery-law-would-work",
      headline: "Explainer: how the deposit recovery law would work",
      dek: "Who gets paid, how much, and over how many years: the main questions about the draft law, answered.",
      imageAlt: "Stacked abstract bars in muted blue and grey",
      body: `Parliament is debating a law meant to return part of the savings that depositors have been unable to withdraw since 2019. Here is what the draft says, and what it leaves open.

## Who is covered?

Every depositor with money in a Lebanese bank on the date the law names. Accounts are grouped by size, and smaller accounts are paid first.

## How much would depositors receive?

The draft guarantees the first $100,000 of each depositor's savings, paid in instalments. Amounts above that would be converted into bonds or shares in the banks, whose value would depend on how the banks recover.

## Over how long?

Repayments of the guaranteed part would be spread over about ten years. Depositors with the smallest balances would be paid in full within the first few years.

## Who pays?

The cost would be shared between the banks, the central bank and the state. How that burden is divided is the most disputed part of the law, and the reason the debate has taken so long.

## What happens next?

The finance committee must agree a final text before a vote in the full chamber. The International Monetary Fund has said a credible deposit law is one of the conditions for its support.`,
    },
    ar: {
      slug: "شرح-كيف-سيعمل-قانون-استعادة-الودائع",
      headline: "شرح: كيف سيعمل قانون استعادة الودائع",
      dek: "من يستعيد أمواله، وكم، وعلى مدى كم سنة: أجوبة عن الأسئلة الرئيسية حول مشروع القانون.",
      imageAlt: "أعمدة مجرّدة متراصّة بالأزرق والرمادي الهادئين",
      body: `يناقش مجلس النواب قانونًا يهدف إلى إعادة جزء من المدّخرات التي يعجز المودعون عن سحبها منذ عام 2019. في ما يلي ما ينصّ عليه المشروع، وما يتركه معلّقًا.

## من يشمل القانون؟

كل مودع له أموال في مصرف لبناني في التاريخ الذي يحدّده القانون. وتُصنَّف الحسابات بحسب حجمها، وتُسدَّد الحسابات الصغيرة أولًا.

## كم يستعيد المودعون؟

يضمن المشروع أول 100 ألف دولار من مدّخرات كل مودع، تُدفع على أقساط. أما المبالغ التي تتجاوز ذلك فتُحوَّل إلى سندات أو أسهم في المصارف، تتوقّف قيمتها على مدى تعافي تلك المصارف.

## على مدى كم سنة؟

يُوزَّع سداد الجزء المضمون على نحو عشر سنوات، ويستعيد أصحاب الأرصدة الأصغر أموالهم كاملة خلال السنوات الأولى.

## من يتحمّل الكلفة؟

تتوزّع الكلفة بين المصارف والمصرف المركزي والدولة. وكيفية تقسيم هذا العبء هي أكثر ما في القانون إثارة للخلاف، وهي سبب طول النقاش.

## ما الخطوة التالية؟

على لجنة المال والموازنة أن تتّفق على نصّ نهائي قبل التصويت عليه في الهيئة العامة. وقد أعلن صندوق النقد الدولي أن قانونًا موثوقًا للودائع من شروط دعمه.`,
    },
  },
};
