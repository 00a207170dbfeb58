import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "port-tender-analysis",
  kind: "analysis",
  section: "business",
  authors: ["omar-saade"],
  sourceLocale: "en",
  publishedAt: "2026-11-09T12:00:00+02:00",
  image: "port-tender.svg",
  translations: {
    en: {
      slug: "what-the-port-tender-reveals-about-lebanons-recovery",
      headline: "What the port tender reveals about Lebanon's recovery",
      dek: "The contest to run Beirut's container terminal is a test of whether the state can write rules that investors believe.",
      imageAlt: "Cranes and containers drawn as simple geometric shapes on a blue background",
      body: `On paper, the tender to operate the container terminal at the port of Beirut is a technical affair: a concession, a fee schedule and a list of equipment. In practice it has become a measure of something larger, namely whether Lebanon can still run a public contract that outsiders trust.

## Why investors are watching

Operators bid on the terms they expect to be enforced, not on the terms that are printed. Three questions will shape the offers: who sets the tariffs once the contract is signed, how disputes are settled, and whether customs can clear goods fast enough to make the terminal pay.

Each answer depends less on the port than on the institutions around it. A regulator that can be overruled by a minister, or a court that takes years to rule, raises the price of every bid.

## What a good outcome would look like

A contract with published tariffs, an independent arbitration clause and clear penalties for delay would do more for confidence than any single investment. It would also give the treasury a steady income that does not depend on political goodwill.

The risk is the familiar one: a tender drawn up to suit a favoured bidder, followed by years of renegotiation. If that happens, the cost will not be limited to the port. It will be counted in every contract the state tries to sign afterwards.`,
    },
    ar: {
      slug: "ما-الذي-تكشفه-مناقصة-المرفأ-عن-تعافي-لبنان",
      headline: "ما الذي تكشفه مناقصة المرفأ عن تعافي لبنان",
      dek: "المنافسة على تشغيل محطة الحاويات في مرفأ بيروت امتحان لقدرة الدولة على وضع قواعد يثق بها المستثمرون.",
      imageAlt: "رافعات وحاويات مرسومة بأشكال هندسية بسيطة على خلفية زرقاء",
      body: `تبدو مناقصة تشغيل محطة الحاويات في مرفأ بيروت، على الورق، مسألة تقنية: عقد امتياز وجدول رسوم وقائمة معدّات. لكنها صارت في الواقع مقياسًا لأمر أكبر، وهو ما إذا كان لبنان لا يزال قادرًا على إدارة عقد عام يثق به الآخرون.

## لماذا يراقب المستثمرون

يقدّم المشغّلون عروضهم على أساس الشروط التي يتوقّعون تطبيقها، لا الشروط المطبوعة. وثلاثة أسئلة ستحدّد شكل العروض: من يحدّد التعرفة بعد توقيع العقد، وكيف تُحلّ النزاعات، وهل تستطيع الجمارك تخليص البضائع بسرعة تجعل المحطة مربحة.

وكل إجابة تتوقّف على المؤسسات المحيطة بالمرفأ أكثر مما تتوقّف على المرفأ نفسه. فالهيئة الناظمة التي يستطيع وزير أن ينقض قرارها، أو المحكمة التي تستغرق سنوات لتصدر حكمها، ترفعان كلفة كل عرض.

## كيف تبدو النتيجة الجيدة

عقد بتعرفة منشورة وبند تحكيم مستقلّ وغرامات واضحة على التأخير سيفعل للثقة أكثر مما يفعله أيّ استثمار منفرد، وسيمنح الخزينة دخلًا ثابتًا لا يرتهن لرضا السياسيين.

أما الخطر فهو المعهود: مناقصة تُفصَّل على مقاس عارض محظيّ، تليها سنوات من إعادة التفاوض. وإن حدث ذلك، فلن تقتصر الكلفة على المرفأ، بل ستُحتسب في كل عقد تحاول الدولة توقيعه بعد ذلك.`,
    },
  },
};
