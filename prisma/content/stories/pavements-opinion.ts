import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "pavements-opinion",
  kind: "opinion",
  section: "lebanon",
  authors: ["hala-mansour"],
  sourceLocale: "en",
  publishedAt: "2026-11-10T18:00:00+02:00",
  image: "tripoli-bus-line.svg",
  translations: {
    en: {
      slug: "give-beiruts-pavements-back-to-the-people-who-walk",
      headline: "Give Beirut's pavements back to the people who walk",
      dek: "A city that cannot offer its residents a safe metre of footpath has chosen cars over people. It can choose again.",
      imageAlt: "A bus drawn in simple lines on a coastal road in sea colours",
      body: `Walk from Hamra to the sea on any weekday morning and you will spend more time in the road than beside it. The pavement is there, in principle. In practice it is a car park, a café terrace, a generator's home or a row of bollards that no pushchair can pass.

We tell ourselves that Beirut is simply not a walking city. That is not true. It is a compact city of short distances, mild winters and streets that were laid out long before anyone owned a car. What it lacks is not the geography for walking but the will to protect it.

## A rule nobody enforces

Parking on the pavement is already forbidden. The fines exist; the municipal police exist. What does not exist is any expectation that the rule will be applied, and so drivers have learned, quite rationally, to ignore it.

The first step costs almost nothing: enforce the law that is already written, street by street, starting with the routes children take to school.

> A pavement is the one piece of public space that every resident uses, whatever they earn and wherever they are going.

The second step is to treat the footpath as infrastructure, with a budget, a maintenance schedule and a department that answers for it. We repair roads after every winter. We should repair the ground that people stand on too.

None of this requires a grand plan or a foreign loan. It requires the municipality to decide that the person on foot matters as much as the person behind the wheel.`,
    },
    ar: {
      slug: "أعيدوا-أرصفة-بيروت-إلى-المشاة",
      headline: "أعيدوا أرصفة بيروت إلى المشاة",
      dek: "المدينة التي تعجز عن أن تؤمّن لسكانها مترًا آمنًا من الرصيف اختارت السيارة على الإنسان، وما زال في وسعها أن تختار من جديد.",
      imageAlt: "حافلة مرسومة بخطوط بسيطة على طريق ساحلي بألوان البحر",
      body: `امشِ من الحمرا إلى البحر في أيّ صباح من أيام الأسبوع، وستجد أنك تقضي في وسط الطريق وقتًا أطول مما تقضيه على جانبه. الرصيف موجود من حيث المبدأ، لكنه في الواقع موقف للسيارات، أو امتداد لمقهى، أو مكان لمولّد كهرباء، أو صفّ من الأعمدة لا تعبره عربة طفل.

نقنع أنفسنا بأن بيروت ليست مدينة للمشي، وهذا غير صحيح. فهي مدينة متقاربة الأطراف، قصيرة المسافات، معتدلة الشتاء، رُسمت شوارعها قبل أن يمتلك أحد سيارة بزمن طويل. وما ينقصها ليس الجغرافيا الملائمة للمشي، بل الإرادة لحمايته.

## قاعدة لا يطبّقها أحد

الوقوف على الرصيف ممنوع أصلًا، والغرامات منصوص عليها، والشرطة البلدية قائمة. أما ما لا وجود له فهو توقّع أن تُطبَّق القاعدة، ولذلك تعلّم السائقون، عن منطق، أن يتجاهلوها.

الخطوة الأولى لا تكاد تكلّف شيئًا: تطبيق القانون المكتوب أصلًا، شارعًا بعد شارع، بدءًا بالطرق التي يسلكها الأطفال إلى مدارسهم.

> الرصيف هو الحيّز العام الوحيد الذي يستعمله كل المقيمين، أيًّا كان دخلهم وأينما كانت وجهتهم.

والخطوة الثانية أن نعامل الرصيف على أنه بنية تحتية لها موازنة وجدول صيانة وإدارة تُسأل عنها. فنحن نصلح الطرق بعد كل شتاء، وعلينا أن نصلح الأرض التي يقف عليها الناس أيضًا.

لا يحتاج شيء من ذلك إلى خطة كبرى ولا إلى قرض خارجي، بل إلى أن تقرّر البلدية أن الماشي على قدميه لا يقلّ أهمية عمّن يجلس خلف المقود.`,
    },
  },
};
