import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "byblos-excavation",
  section: "culture",
  authors: ["rima-haddad"],
  sourceLocale: "ar",
  publishedAt: "2026-11-18T10:10:00+02:00",
  image: "byblos-excavation.svg",
  translations: {
    ar: {
      slug: "اكتشاف-مدفن-فينيقي-سليم-قرب-قلعة-جبيل",
      headline: "اكتشاف مدفن فينيقي سليم قرب قلعة جبيل",
      dek: "عثر فريق لبناني-فرنسي على مدفن يعود إلى القرن السادس قبل الميلاد يضمّ جرارًا وحليًّا برونزية لم تُمسّ.",
      imageAlt: "طبقات من التراب بألوان ترابية دافئة تتخلّلها أشكال دائرية",
      body: `أعلنت المديرية العامة للآثار، الأربعاء، أن فريقًا لبنانيًا-فرنسيًا عثر على مدفن فينيقي سليم قرب قلعة جبيل، يعود إلى القرن السادس قبل الميلاد.

ويضمّ المدفن، الذي اكتُشف على عمق أربعة أمتار خلال أعمال تأهيل أحد الأزقّة القديمة، ثلاث جرار فخارية وحليًّا برونزية وختمًا منقوشًا برموز لا تزال قيد الدراسة.

> «أن تجد مدفنًا لم يفتحه لصوص الآثار أمر نادر في جبيل، فهذه المدينة حُفرت مرارًا منذ مئة عام»، قالت رئيسة البعثة الدكتورة منى الحلو.

وستُنقل القطع إلى المتحف الوطني في بيروت لترميمها، على أن تُعرض في جبيل بعد عام. ويمكن الاطلاع على الصور الأولى عبر [صفحة البعثة](https://example.org/byblos-mission-2026).

ويأمل أصحاب المحال في السوق القديمة أن يعيد الاكتشاف الزوّار إلى المدينة بعد موسم سياحي ضعيف.`,
    },
    en: {
      slug: "intact-phoenician-tomb-found-near-byblos-castle",
      headline: "Intact Phoenician tomb found near Byblos castle",
      dek: "A Lebanese-French team found a sixth-century BC burial with untouched jars and bronze jewellery.",
      imageAlt: "Layers of earth in warm brown tones broken by circular shapes",
      body: `Lebanon's Directorate General of Antiquities said on Wednesday that a Lebanese-French team had found an intact Phoenician tomb near Byblos castle, dating from the sixth century BC.

The tomb, uncovered four metres underground during restoration work on an old alley, holds three clay jars, bronze jewellery and a seal engraved with symbols that are still being studied.

> "Finding a tomb that looters never opened is rare in Byblos. This city has been dug again and again for a hundred years," said the head of the mission, Dr Mona Helou.

The objects will be taken to the National Museum in Beirut for restoration and shown in Byblos in a year's time. The first photographs are on the [mission's page](https://example.org/byblos-mission-2026).

Shopkeepers in the old souk hope the find will bring visitors back to the town after a weak tourist season.`,
    },
  },
};
