import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "startup-funding",
  section: "business",
  authors: ["omar-saade"],
  sourceLocale: "en",
  publishedAt: "2026-11-16T12:30:00+02:00",
  image: "startup-funding.svg",
  translations: {
    en: {
      slug: "beirut-logistics-start-up-raises-12-million-from-gulf-investors",
      headline: "Beirut logistics start-up raises $12 million from Gulf investors",
      dek: "Naql, which matches lorry drivers with cargo across Lebanon, Jordan and Iraq, plans to hire 80 engineers in Beirut.",
      imageAlt: "Lines and dots forming an abstract network on a deep blue background",
      body: `Naql, a Beirut start-up that matches lorry drivers with cargo across Lebanon, Jordan and Iraq, said on Sunday it had raised $12 million from a group of Gulf investors, one of the largest rounds for a Lebanese technology company in five years.

The company says its app now handles about 9,000 shipments a month and cuts the time lorries drive empty by a third.

> "Our engineers stayed in Beirut through everything. This money lets us hire eighty more of them here, not abroad," said co-founder Rami Abi Nader.

Investors said the regional freight market was worth more than $20 billion a year and still ran largely on phone calls and paper.

Naql plans to open an office in Erbil in the spring.`,
    },
    ar: {
      slug: "شركة-ناشئة-بيروتية-للنقل-تجمع-12-مليون-دولار-من-مستثمرين-خليجيين",
      headline: "شركة ناشئة بيروتية للنقل تجمع 12 مليون دولار من مستثمرين خليجيين",
      dek: "تنوي «نقل»، التي تربط سائقي الشاحنات بالبضائع في لبنان والأردن والعراق، توظيف 80 مهندسًا في بيروت.",
      imageAlt: "خطوط ونقاط تشكّل شبكة مجرّدة على خلفية زرقاء داكنة",
      body: `أعلنت شركة «نقل» الناشئة في بيروت، التي تربط سائقي الشاحنات بالبضائع في لبنان والأردن والعراق، الأحد، أنها جمعت 12 مليون دولار من مجموعة مستثمرين خليجيين، في واحدة من أكبر جولات التمويل لشركة تكنولوجيا لبنانية منذ خمس سنوات.

وتقول الشركة إن تطبيقها يدير اليوم نحو 9 آلاف شحنة شهريًا، ويخفّض بمقدار الثلث الوقت الذي تسير فيه الشاحنات فارغة.

> «بقي مهندسونا في بيروت رغم كل شيء، وهذا التمويل يتيح لنا توظيف ثمانين مهندسًا آخرين هنا لا في الخارج»، قال الشريك المؤسس رامي أبي نادر.

وقال المستثمرون إن سوق الشحن الإقليمية تتجاوز قيمتها 20 مليار دولار سنويًا، ولا تزال تعتمد في معظمها على الاتصالات الهاتفية والأوراق.

وتعتزم «نقل» افتتاح مكتب في أربيل في الربيع المقبل.`,
    },
  },
};
