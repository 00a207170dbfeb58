import type { SeedStory } from "@/prisma/content/types";

// The demo story that carries every kind of media a story can hold: an
// uploaded lead image with its caption and credit, a picture in the body,
// a gallery and a video embed, in an opinion piece with its share bar.
export const story: SeedStory = {
  key: "cinema-seats-opinion",
  kind: "opinion",
  section: "culture",
  authors: ["hala-mansour"],
  sourceLocale: "en",
  publishedAt: "2026-11-06T17:00:00+02:00",
  image: "film-festival.svg",
  pictures: {
    credit: { en: "Newsroom graphics desk", ar: "قسم الغرافيك في غرفة الأخبار" },
    gallery: [
      {
        file: "jazz-nights.svg",
        alt: {
          en: "Soft purple circles over a staircase of dark steps",
          ar: "دوائر بنفسجية ناعمة فوق درج من الدرجات الداكنة",
        },
        caption: {
          en: "Latecomers sat on the steps of the Hamra hall when the seats ran out.",
          ar: "جلس المتأخرون على درج قاعة الحمرا حين نفدت المقاعد.",
        },
      },
      {
        file: "tourism-figures.svg",
        alt: {
          en: "An abstract runway of light lines under a pale sky",
          ar: "مدرج تجريدي من خطوط الضوء تحت سماء شاحبة",
        },
        caption: {
          en: "Visitors flew in from Amman, Cairo and Paris for the closing weekend.",
          ar: "قدم زوار من عمّان والقاهرة وباريس لحضور عطلة الختام.",
        },
      },
      {
        file: "byblos-excavation.svg",
        alt: {
          en: "Layers of earth in warm brown tones broken by circular shapes",
          ar: "طبقات من التراب بألوان ترابية دافئة تتخلّلها أشكال دائرية",
        },
        caption: {
          en: "A documentary on the Byblos digs drew the longest queue of the week.",
          ar: "استقطب وثائقي عن حفريات جبيل أطول طابور في الأسبوع.",
        },
      },
    ],
  },
  translations: {
    en: {
      slug: "beiruts-cinemas-are-full-again-keep-the-seats-within-reach",
      headline: "Beirut's cinemas are full again. Keep the seats within reach",
      dek: "The festival's sold-out screenings show an audience hungry for its own stories. Free seats for students should be the rule, not the exception.",
      imageAlt: "Overlapping circles of light in red and cream, like stage spotlights",
      imageCaption: "The festival's main hall on its opening night.",
      body: `For ten days the queues outside the cinemas of Hamra and Mar Mikhael stretched past the corner. Screenings sold out within hours, and young viewers sat on the steps when the seats ran out.

![Soft purple circles over a staircase of dark steps](media:jazz-nights.svg "The steps of the Hamra hall, where the overflow sat.")

This is not nostalgia. Most of the people in those queues were born long after the golden age of Lebanese cinema. They came because the films spoke about the country they live in: its blackouts, its departures, its stubborn humour.

## Cheap seats are an investment

The festival kept a quarter of every hall free for students, and those seats filled first. A city that wants a film industry needs an audience that can afford to watch its films, and that audience is young and short of money.

Watch the festival's trailer before you decide whether the investment is worth it:

https://www.youtube.com/watch?v=aqz-KE-bpKQ

Municipal culture budgets are small, but a standing fund that guarantees free student seats at every Lebanese premiere would cost less than a single roundabout. The crowds have made their case. The city should answer it.`,
    },
    ar: {
      slug: "صالات-السينما-في-بيروت-ممتلئة-من-جديد-فلتبق-مقاعدها-في-المتناول",
      headline: "صالات السينما في بيروت ممتلئة من جديد، فلتبقَ مقاعدها في المتناول",
      dek: "كشفت العروض المكتملة في المهرجان عن جمهور متعطّش لحكاياته. ويجب أن تصبح المقاعد المجانية للطلاب قاعدةً لا استثناءً.",
      imageAlt: "دوائر ضوء متداخلة بالأحمر والعاجي تشبه أضواء المسرح",
      imageCaption: "القاعة الرئيسية للمهرجان في ليلة الافتتاح.",
      body: `على مدى عشرة أيام، امتدّت الطوابير أمام صالات الحمرا ومار مخايل إلى ما بعد زاوية الشارع. نفدت تذاكر العروض في غضون ساعات، وجلس المشاهدون الشبّان على الدرج حين لم يبقَ مقعد شاغر.

![دوائر بنفسجية ناعمة فوق درج من الدرجات الداكنة](media:jazz-nights.svg "درج قاعة الحمرا حيث جلس من لم يجد مقعدًا.")

ليس هذا حنينًا إلى الماضي، فمعظم الواقفين في تلك الطوابير وُلدوا بعد العصر الذهبي للسينما اللبنانية بزمن طويل. جاؤوا لأن الأفلام تحدّثت عن البلد الذي يعيشون فيه: عن انقطاع الكهرباء، وعن الرحيل، وعن سخريته العنيدة.

## المقاعد الرخيصة استثمار

خصّص المهرجان ربع مقاعد كل قاعة للطلاب مجانًا، فكانت أول ما امتلأ. والمدينة التي تريد صناعة سينمائية تحتاج إلى جمهور قادر على مشاهدة أفلامها، وهذا الجمهور شابّ وقليل المال.

شاهدوا الإعلان التشويقي للمهرجان قبل أن تحكموا إن كان الاستثمار يستحق:

https://www.youtube.com/watch?v=aqz-KE-bpKQ

ميزانيات البلديات للثقافة محدودة، لكن صندوقًا دائمًا يضمن مقاعد مجانية للطلاب في كل عرض أول لفيلم لبناني سيكلّف أقل من مستديرة واحدة. لقد قدّم الجمهور حجّته، وعلى المدينة أن تجيب.`,
    },
  },
};
