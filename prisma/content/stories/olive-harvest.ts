import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "olive-harvest",
  section: "lebanon",
  authors: ["layla-khoury"],
  sourceLocale: "ar",
  publishedAt: "2026-11-21T08:20:00+02:00",
  image: "olive-harvest.svg",
  translations: {
    ar: {
      slug: "موسم-زيت-الزيتون-في-الجنوب-يتراجع-إلى-النصف",
      headline: "موسم زيت الزيتون في الجنوب يتراجع إلى النصف",
      dek: "يقول مزارعو حاصبيا ومرجعيون إن الجفاف وارتفاع كلفة اليد العاملة خفّضا الإنتاج، فيما قفز سعر التنكة إلى 140 دولارًا.",
      imageAlt: "أغصان زيتون مجرّدة بالأخضر الزيتي والذهبي",
      body: `يشكو مزارعو الزيتون في قضاءَي حاصبيا ومرجعيون من موسم هو الأضعف منذ عقد، إذ يقدّر اتحاد التعاونيات الزراعية في الجنوب أن إنتاج الزيت تراجع بنحو 50 في المئة مقارنةً بالعام الماضي.

ويعزو المزارعون التراجع إلى شتاء شحيح الأمطار تلاه صيف حارّ، فضلًا عن ارتفاع كلفة القطاف وتعذّر الوصول إلى بعض البساتين القريبة من الحدود.

> «كانت أرضنا تعطينا ستين تنكة، وهذا العام بالكاد جمعنا خمسًا وعشرين»، يقول أبو سليم، وهو مزارع سبعيني من بلدة الخيام.

ونشر اتحاد التعاونيات تقديراته على منصة إكس:

https://x.com/LevantTimesDemo/status/1861234567890123456

وارتفع سعر تنكة الزيت سعة 16 ليترًا إلى ما بين 120 و140 دولارًا، بعدما كان يراوح حول 90 دولارًا في الموسم الماضي.

وتطالب التعاونيات وزارة الزراعة بدعم كلفة المعاصر وتأمين أسواق تصدير، محذّرةً من أن عائلات كثيرة قد تهجر زراعة ورثتها أبًا عن جد.`,
    },
    en: {
      slug: "southern-lebanon-olive-oil-harvest-falls-by-half",
      headline: "Southern Lebanon's olive oil harvest falls by half",
      dek: "Farmers in Hasbaya and Marjayoun blame drought and the cost of labour, while the price of a tin of oil has climbed to $140.",
      imageAlt: "Abstract olive branches in olive green and gold",
      body: `Olive farmers in the districts of Hasbaya and Marjayoun are facing their weakest season in a decade, with the union of agricultural cooperatives in the south estimating that oil production has fallen by about 50 percent from last year.

Farmers blame a dry winter followed by a hot summer, as well as the rising cost of picking and the difficulty of reaching some groves near the border.

> "Our land used to give us sixty tins. This year we barely filled twenty-five," said Abu Salim, a farmer in his seventies from the town of Khiam.

The cooperatives' union posted its estimate on X:

https://x.com/LevantTimesDemo/status/1861234567890123456

The price of a 16-litre tin of oil has risen to between $120 and $140, from around $90 last season.

The cooperatives are asking the agriculture ministry to subsidise the cost of pressing and to help find export markets, warning that many families may abandon a crop handed down for generations.`,
    },
  },
};
