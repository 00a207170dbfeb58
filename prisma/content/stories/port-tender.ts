import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "port-tender",
  section: "business",
  authors: ["omar-saade"],
  sourceLocale: "ar",
  publishedAt: "2026-11-22T09:40:00+02:00",
  updatedAt: "2026-11-22T14:05:00+02:00",
  image: "port-tender.svg",
  translations: {
    ar: {
      slug: "خمسة-تحالفات-تتنافس-على-إعادة-إعمار-مرفأ-بيروت",
      headline: "خمسة تحالفات تتنافس على إعادة إعمار مرفأ بيروت",
      dek: "فتحت إدارة المرفأ العروض الأولى لمناقصة إعادة بناء الأرصفة المدمّرة، بكلفة تقديرية تبلغ 350 مليون دولار.",
      imageAlt: "رافعات وحاويات مرسومة بأشكال هندسية بسيطة على خلفية زرقاء",
      body: `فتحت إدارة مرفأ بيروت، صباح الأحد، العروض المقدَّمة في المناقصة الدولية لإعادة إعمار الأرصفة والمستودعات التي دمّرها انفجار الرابع من آب 2020، وتقدّمت إليها خمسة تحالفات تضمّ شركات لبنانية وأجنبية.

وتقدَّر كلفة المرحلة الأولى من المشروع بنحو 350 مليون دولار، وتشمل إعادة بناء الأرصفة من 9 إلى 12 وإنشاء محطة حديثة للحاويات بطاقة 1.2 مليون حاوية سنويًا.

## شروط الشفافية

قال رئيس مجلس إدارة المرفأ إن العروض ستُقيَّم وفق معايير منشورة سلفًا، وإن هيئة الشراء العام ستراقب المراحل كلّها.

> «هذه المرة لن تُمنح أي صفقة خلف الأبواب المغلقة، فكل وثيقة ستكون متاحة للعموم»، قال في مؤتمر صحافي.

ويُنتظر أن تُعلَن النتائج الأولية في منتصف كانون الثاني، على أن تبدأ الأعمال في الربيع وتستمرّ ثلاث سنوات.

وأبدى تجّار ومخلّصون جمركيون ارتياحهم إلى انطلاق المناقصة، مشيرين إلى أن طاقة المرفأ الحالية لا تتجاوز نصف ما كانت عليه قبل الانفجار.`,
    },
    en: {
      slug: "five-consortia-bid-to-rebuild-the-port-of-beirut",
      headline: "Five consortia bid to rebuild the port of Beirut",
      dek: "The port authority opened the first bids in a tender to rebuild the destroyed quays, at an estimated cost of $350 million.",
      imageAlt: "Cranes and containers drawn as simple geometric shapes on a blue background",
      body: `The Port of Beirut authority on Sunday opened the bids in an international tender to rebuild the quays and warehouses destroyed by the explosion of 4 August 2020. Five consortia of Lebanese and foreign companies took part.

The first phase of the project is estimated at about $350 million and covers rebuilding quays 9 to 12 and a modern container terminal able to handle 1.2 million containers a year.

## Transparency rules

The chairman of the port's board said bids would be judged on criteria published in advance, with the public procurement authority overseeing every stage.

> "This time no contract will be awarded behind closed doors. Every document will be public," he told a news conference.

Preliminary results are expected in mid-January, with work due to start in the spring and last three years.

Traders and customs brokers welcomed the tender, noting that the port currently handles only half the volume it did before the blast.`,
    },
  },
};
