import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "deposit-recovery-law",
  section: "business",
  authors: ["omar-saade", "karim-nassar"],
  sourceLocale: "en",
  publishedAt: "2026-11-19T11:50:00+02:00",
  updatedAt: "2026-11-19T18:20:00+02:00",
  image: "deposit-recovery-law.svg",
  translations: {
    en: {
      slug: "parliament-committee-backs-deposit-recovery-law-with-100000-cap",
      headline: "Parliament committee backs deposit recovery law with $100,000 cap",
      dek: "Savers would recover up to $100,000 over ten years under the draft, which now heads to a full session of parliament.",
      imageAlt: "Stacked abstract bars in muted blue and grey",
      body: `A parliamentary committee on Wednesday approved a draft law that would let savers recover up to $100,000 of the deposits frozen in Lebanese banks since 2019, paid in instalments over ten years.

The draft, which now goes to a full session of parliament, covers about 1.2 million accounts. Deposits above the cap would be converted into long-term bonds issued by a recovery fund.

> "This is not the law depositors deserve, but it is the first law that gives them a date and a number," said the committee's chairman, MP Ghassan Tabet.

Depositors' associations rejected the cap, arguing that it punishes savers for losses caused by the central bank and the banks themselves.

The International Monetary Fund has made a credible plan for the banking sector a condition of any financing programme for Lebanon.`,
    },
    ar: {
      slug: "لجنة-نيابية-تقر-قانون-استعادة-الودائع-بسقف-100-ألف-دولار",
      headline: "لجنة نيابية تقرّ قانون استعادة الودائع بسقف 100 ألف دولار",
      dek: "يستعيد المودعون بموجب المشروع ما يصل إلى 100 ألف دولار على عشر سنوات، ويُحال الآن إلى الهيئة العامة لمجلس النواب.",
      imageAlt: "أعمدة مجرّدة متراصّة بالأزرق والرمادي الهادئين",
      body: `أقرّت لجنة نيابية، الأربعاء، مشروع قانون يتيح للمودعين استعادة ما يصل إلى 100 ألف دولار من ودائعهم المجمّدة في المصارف اللبنانية منذ 2019، على أقساط تمتدّ عشر سنوات.

ويشمل المشروع، الذي يُحال الآن إلى الهيئة العامة لمجلس النواب، نحو 1.2 مليون حساب، على أن تُحوَّل الودائع التي تتجاوز السقف إلى سندات طويلة الأجل يصدرها صندوق لاسترداد الودائع.

> «ليس هذا القانون الذي يستحقّه المودعون، لكنه أول قانون يعطيهم تاريخًا ورقمًا»، قال رئيس اللجنة النائب غسان ثابت.

ورفضت جمعيات المودعين السقف المقترح، معتبرةً أنه يعاقب المدّخرين على خسائر تسبّب بها مصرف لبنان والمصارف نفسها.

ويشترط صندوق النقد الدولي IMF وضع خطة موثوقة للقطاع المصرفي قبل أي برنامج تمويل للبنان.`,
    },
  },
};
