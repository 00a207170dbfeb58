import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "cabinet-electricity-plan",
  section: "lebanon",
  authors: ["karim-nassar"],
  sourceLocale: "en",
  publishedAt: "2026-11-23T13:15:00+02:00",
  image: "cabinet-electricity-plan.svg",
  translations: {
    en: {
      slug: "cabinet-approves-plan-for-16-hours-of-power-a-day-by-2028",
      // The first version went out before the vote, under another headline.
      formerSlugs: ["cabinet-to-vote-on-electricity-plan"],
      headline: "Cabinet approves plan for 16 hours of power a day by 2028",
      dek: "The plan relies on two new solar farms and a gas supply deal, but critics say previous promises of round-the-clock power were never kept.",
      imageAlt: "Abstract shapes in warm yellow and orange over a dark horizon",
      body: `Lebanon's cabinet on Monday approved a plan to raise state electricity supply to 16 hours a day by the end of 2028, up from an average of six hours today.

The plan, presented by Energy Minister Walid Fakhoury, would add 900 megawatts of capacity through two solar farms in the Bekaa and a gas supply agreement for the Deir Ammar power plant in the north.

## Tariffs and collection

Fakhoury said the state utility would need to cut losses from theft and unpaid bills, which he put at 38 percent of production, before any new capacity could be financed.

> "We cannot build new plants while a third of our electricity disappears between the plant and the meter," he told reporters after the session.

The plan also foresees smart meters for 400,000 households within three years, financed by a $180 million loan that is still under negotiation.

Critics noted that successive governments have promised round-the-clock electricity since 2010. Residents still depend on private generators, whose monthly bills often exceed the minimum wage.`,
    },
    ar: {
      slug: "مجلس-الوزراء-يقر-خطة-لتأمين-16-ساعة-كهرباء-يوميا-بحلول-2028",
      formerSlugs: ["مجلس-الوزراء-يناقش-خطة-الكهرباء"],
      headline: "مجلس الوزراء يقرّ خطة لتأمين 16 ساعة كهرباء يوميًا بحلول 2028",
      dek: "تعتمد الخطة على مزرعتين شمسيتين جديدتين واتفاق لتوريد الغاز، لكن منتقدين يذكّرون بأن وعود الكهرباء على مدار الساعة لم تتحقّق يومًا.",
      imageAlt: "أشكال مجرّدة بالأصفر والبرتقالي الدافئ فوق أفق داكن",
      body: `أقرّ مجلس الوزراء اللبناني، الاثنين، خطة لرفع التغذية الكهربائية التي تؤمّنها الدولة إلى 16 ساعة يوميًا بحلول نهاية 2028، مقارنةً بستّ ساعات في المتوسط حاليًا.

وتقضي الخطة التي عرضها وزير الطاقة وليد فاخوري بإضافة 900 ميغاواط من القدرة الإنتاجية عبر مزرعتين للطاقة الشمسية في البقاع، واتفاق لتوريد الغاز إلى معمل دير عمار في الشمال.

## التعرفة والجباية

قال فاخوري إن مؤسسة كهرباء لبنان مطالبة بخفض الهدر الناتج من التعدّيات والفواتير غير المسدّدة، والذي قدّره بـ38 في المئة من الإنتاج، قبل تمويل أي قدرة إنتاجية جديدة.

> «لا يمكننا بناء معامل جديدة فيما يختفي ثلث كهربائنا بين المعمل والعدّاد»، قال للصحافيين بعد الجلسة.

وتلحظ الخطة أيضًا تركيب عدّادات ذكية لـ400 ألف منزل خلال ثلاث سنوات، بتمويل من قرض بقيمة 180 مليون دولار لا يزال قيد التفاوض.

وذكّر منتقدون بأن الحكومات المتعاقبة وعدت بالكهرباء على مدار الساعة منذ عام 2010، فيما لا يزال السكان يعتمدون على المولّدات الخاصة التي تتجاوز فواتيرها الشهرية في أحيان كثيرة الحدّ الأدنى للأجور.`,
    },
  },
};
