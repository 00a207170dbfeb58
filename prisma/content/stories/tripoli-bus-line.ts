import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "tripoli-bus-line",
  section: "lebanon",
  authors: ["layla-khoury"],
  sourceLocale: "ar",
  publishedAt: "2026-11-15T09:00:00+02:00",
  image: "tripoli-bus-line.svg",
  translations: {
    ar: {
      slug: "خط-حافلات-سريع-يربط-طرابلس-ببيروت-في-ساعة-ونصف",
      headline: "خط حافلات سريع يربط طرابلس ببيروت في ساعة ونصف",
      dek: "تنطلق 24 حافلة يوميًا من ساحة التل إلى شارل حلو، بتعرفة تقلّ عن نصف كلفة سيارات الأجرة.",
      imageAlt: "حافلة مرسومة بخطوط بسيطة على طريق ساحلي بألوان البحر",
      body: `بدأ، السبت، تشغيل خط حافلات سريع يربط ساحة التل في طرابلس بمحطة شارل حلو في بيروت، بمعدّل 24 رحلة يوميًا بين السادسة صباحًا والتاسعة مساءً.

وتستغرق الرحلة نحو ساعة ونصف بفضل مسار مخصّص على أجزاء من الأوتوستراد الساحلي، فيما تبلغ التعرفة 150 ألف ليرة، أي أقلّ من نصف كلفة سيارة الأجرة المشتركة.

> «كنت أدفع ثلث راتبي على الطريق إلى عملي في بيروت، واليوم أستطيع أن أقرأ في الحافلة بدل أن أعلق في الزحمة»، تقول ريم، وهي ممرّضة من طرابلس.

ويموّل المشروع قرض ميسّر من البنك الدولي، على أن يُضاف خط ثانٍ إلى جونيه وجبيل خلال 2027.`,
    },
    en: {
      slug: "express-bus-line-links-tripoli-and-beirut-in-90-minutes",
      headline: "Express bus line links Tripoli and Beirut in 90 minutes",
      dek: "Twenty-four buses a day run from Sahet al-Tal to Charles Helou, for less than half the cost of a shared taxi.",
      imageAlt: "A bus drawn in simple lines on a coastal road in sea colours",
      body: `An express bus line linking Sahet al-Tal in Tripoli with the Charles Helou station in Beirut began running on Saturday, with 24 departures a day between 6 am and 9 pm.

The trip takes about 90 minutes thanks to a dedicated lane on parts of the coastal motorway, and the fare is 150,000 Lebanese pounds, less than half the cost of a shared taxi.

> "I used to spend a third of my salary getting to work in Beirut. Now I can read on the bus instead of sitting in traffic," said Reem, a nurse from Tripoli.

The project is financed by a concessional World Bank loan, and a second line to Jounieh and Byblos is planned for 2027.`,
    },
  },
};
