import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "film-festival",
  section: "culture",
  authors: ["layla-khoury"],
  sourceLocale: "en",
  publishedAt: "2026-11-20T19:00:00+02:00",
  image: "film-festival.svg",
  translations: {
    en: {
      slug: "beirut-film-festival-opens-with-a-record-42-arab-premieres",
      headline: "Beirut film festival opens with a record 42 Arab premieres",
      dek: "Ten days of screenings in Hamra and Mar Mikhael, with a competition for short films by directors under 30.",
      imageAlt: "Overlapping circles of light in red and cream, like stage spotlights",
      body: `The Beirut International Film Festival opened on Friday with a record 42 Arab premieres, its organisers said, as cinemas in Hamra and Mar Mikhael prepared for ten days of screenings.

The opening film, a Lebanese-Tunisian drama about a family running a seaside hotel through the 2019 protests, drew a standing ovation from a crowd of about 600 people.

> "Beirut keeps making films in the hardest years. That stubbornness is our industry," said the festival's director, Nadine Abou Jaoudeh.

The festival published a trailer of its programme:

https://www.youtube.com/watch?v=aqz-KE-bpKQ

This year's programme includes a new competition for short films by directors under 30, with a prize of $15,000 towards a first feature.

Tickets cost 300,000 Lebanese pounds, and a quarter of the seats at every screening are reserved free of charge for students.`,
    },
    ar: {
      slug: "مهرجان-بيروت-السينمائي-ينطلق-مع-42-عرضا-عربيا-أول",
      headline: "مهرجان بيروت السينمائي ينطلق مع 42 عرضًا عربيًا أول",
      dek: "عشرة أيام من العروض في الحمرا ومار مخايل، ومسابقة للأفلام القصيرة لمخرجين دون الثلاثين.",
      imageAlt: "دوائر ضوء متداخلة بالأحمر والعاجي تشبه أضواء المسرح",
      body: `افتُتح مهرجان بيروت الدولي للسينما، الجمعة، بعدد قياسي من العروض العربية الأولى بلغ 42 فيلمًا، بحسب منظّميه، فيما تستعدّ صالات الحمرا ومار مخايل لعشرة أيام من العروض.

ونال فيلم الافتتاح، وهو دراما لبنانية-تونسية عن عائلة تدير فندقًا على البحر خلال احتجاجات 2019، تصفيقًا حارًّا وقوفًا من نحو 600 مشاهد.

> «بيروت تواصل صناعة الأفلام في أصعب السنوات، وهذا العناد هو صناعتنا»، قالت مديرة المهرجان نادين أبو جودة.

ونشر المهرجان إعلانًا تشويقيًا لبرنامجه:

https://www.youtube.com/watch?v=aqz-KE-bpKQ

ويتضمّن برنامج هذا العام مسابقة جديدة للأفلام القصيرة لمخرجين دون الثلاثين، تبلغ جائزتها 15 ألف دولار لدعم فيلم روائي طويل أول.

ويبلغ سعر التذكرة 300 ألف ليرة لبنانية، فيما يُخصَّص ربع المقاعد في كل عرض للطلاب مجانًا.`,
    },
  },
};
