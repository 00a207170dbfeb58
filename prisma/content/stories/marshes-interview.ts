import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "marshes-interview",
  kind: "interview",
  section: "middle-east",
  authors: ["rima-haddad"],
  sourceLocale: "ar",
  publishedAt: "2026-11-08T10:30:00+02:00",
  image: "iraq-marshes.svg",
  translations: {
    ar: {
      slug: "مقابلة-مع-باحثة-في-المياه-الأهوار-تحتاج-إلى-اتفاق-لا-إلى-أمطار",
      headline: "باحثة في شؤون المياه: الأهوار تحتاج إلى اتفاق لا إلى أمطار",
      dek: "تتحدّث الدكتورة سلمى الجبوري عن أسباب جفاف أهوار جنوب العراق وعمّا يمكن فعله قبل الصيف المقبل.",
      imageAlt: "مسطّحات مائية ضحلة مرسومة بدرجات الأخضر والبنّي",
      body: `أمضت الدكتورة سلمى الجبوري، الباحثة في إدارة الموارد المائية، عقدين في دراسة أهوار جنوب العراق. سألناها عمّا تغيّر، وعمّا يمكن إنقاذه.

**ما الذي يحدث للأهوار هذا العام؟**

تراجعت مساحة المياه إلى أقلّ من ثلث ما كانت عليه قبل خمس سنوات. وهذا ليس بسبب قلّة الأمطار وحدها، بل لأن ما يصل من دجلة والفرات أقلّ بكثير مما كان يصل سابقًا.

**هل يكفي موسم ماطر لإعادتها؟**

لا. موسم ماطر يمنح متنفّسًا لبضعة أشهر، لكن الأهوار تعيش على التدفّق المنتظم. ومن دون اتفاق على حصص المياه بين دول المنبع والمصبّ، سنعود إلى النقطة نفسها في كل صيف.

**ماذا يعني ذلك لسكان المنطقة؟**

يعني أن مربّي الجاموس والصيادين يغادرون قراهم إلى أطراف المدن. وحين يرحل الناس تضيع معهم معرفة بالمكان تراكمت عبر قرون.

> «نستطيع أن نعيد المياه إلى الأهوار، لكننا لا نستطيع أن نعيد الناس بسهولة إذا رحلوا».

**ما الذي يمكن فعله قبل الصيف المقبل؟**

أن تُخصَّص للأهوار حصة مائية ثابتة تُعلن مسبقًا، وأن يُصلَح ما تهدّم من السدود الترابية الصغيرة التي تحبس المياه. هذه خطوات متواضعة، لكنها تصنع فرقًا.`,
    },
    en: {
      slug: "interview-water-researcher-the-marshes-need-an-agreement-not-rain",
      headline: "Water researcher: the marshes need an agreement, not rain",
      dek: "Dr Salma al-Jubouri explains why the marshes of southern Iraq are drying out and what can be done before next summer.",
      imageAlt: "Shallow stretches of water drawn in shades of green and brown",
      body: `Dr Salma al-Jubouri, a researcher in water resource management, has spent two decades studying the marshes of southern Iraq. We asked her what has changed, and what can still be saved.

**What is happening to the marshes this year?**

The area under water has shrunk to less than a third of what it was five years ago. That is not only because of low rainfall. Far less water now arrives down the Tigris and the Euphrates than it used to.

**Would one wet season bring them back?**

No. A wet season gives a few months of relief, but the marshes live on a steady flow. Without an agreement on water shares between the upstream and downstream countries, we will be back where we started every summer.

**What does that mean for the people who live there?**

It means buffalo herders and fishermen are leaving their villages for the edges of the cities. When people leave, knowledge of the place built up over centuries leaves with them.

> "We can bring the water back to the marshes, but we cannot easily bring people back once they have gone."

**What can be done before next summer?**

Give the marshes a fixed share of water, announced in advance, and repair the small earth dams that hold it in place. These are modest steps, but they make a difference.`,
    },
  },
};
