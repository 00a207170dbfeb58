import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "aid-conference",
  section: "middle-east",
  authors: ["rima-haddad", "staff"],
  sourceLocale: "en",
  publishedAt: "2026-11-24T10:30:00+02:00",
  updatedAt: "2026-11-24T16:45:00+02:00",
  image: "aid-conference.svg",
  translations: {
    en: {
      slug: "donors-pledge-2-4-billion-for-displaced-families-at-beirut-aid-conference",
      headline: "Donors pledge $2.4 billion for displaced families at Beirut aid conference",
      dek: "Forty-one governments and agencies met in Beirut as the UN warned that winter could push more than 1.1 million displaced people deeper into hunger.",
      imageAlt: "An abstract city skyline under a deep blue evening sky, with scattered circles of light",
      body: `Donors meeting in Beirut on Tuesday pledged $2.4 billion in new aid for families displaced by conflict across the region, short of the $3.1 billion that United Nations agencies had requested before winter sets in.

The one-day conference, co-hosted by Lebanon and the European Union at the Grand Serail, brought together delegations from 41 governments and agencies. Organisers said about 60 percent of the money pledged would be disbursed before the end of March 2027.

## A gap of $700 million

UN officials welcomed the pledges but warned that the shortfall would force them to choose between food, shelter and schooling in the coldest months.

> "Every dollar that is missing this winter will be counted in children who leave school and families who skip meals," said Amina Farouk, the regional coordinator of the UN refugee agency, UNHCR.

According to figures presented at the conference, 1.1 million displaced people in Lebanon, Jordan and Syria now rely on monthly cash or food assistance, up from 870,000 a year ago. The World Food Programme said it had cut rations by a third in October because of funding gaps.

The largest single pledge, $610 million over two years, came from the European Union. Germany pledged $320 million and Japan $140 million, while Gulf states together announced $480 million, much of it for housing repairs and water networks.

## Winter and the cost of shelter

Aid agencies said the immediate concern was shelter. Heavy rains in early November flooded at least 230 informal settlements in the Bekaa valley and the north, according to the Lebanese Ministry of Social Affairs.

> "We are not asking for new programmes. We are asking to keep the heating on and the roofs sealed," Lebanon's social affairs minister, Hiam Mrad, told delegates.

Mrad said the government would need $95 million to repair damaged shelters and distribute fuel before January. The ministry estimates that 38,000 households lack insulation or waterproofing.

Health workers also warned of disease. The World Health Organization (WHO) has recorded 1,240 suspected cases of acute watery diarrhoea in camps since September, and nine deaths, most of them children under five.

## Schools and jobs

A separate session focused on education. UNICEF said 410,000 displaced children in the three countries were out of school, and that transport costs had become the main reason families gave for keeping them at home.

Several donors tied their money to jobs programmes. The World Bank announced a $250 million loan facility for small businesses in areas hosting large displaced populations, to be managed by local banks.

> "Aid that only keeps people alive is not enough. The goal has to be that families can pay their own rent again," said Daniel Ortega-Ruiz, the World Bank's country director.

## Violence continues

The conference took place against a backdrop of continued fighting. A UN report circulated to delegates said 312 civilians had been killed and more than 900 wounded in the region in October alone, the highest monthly toll in two years.

In northern Syria, shelling on Sunday killed at least seven people, including two children, in a market town, according to local rescue teams. Delegates observed a minute's silence at the opening session.

## What happens next

Organisers said a follow-up meeting would be held in Amman on 15 March 2027 to review how much of the money had arrived. The EU's commissioner for crisis management, Helena Virtanen, said donors would publish disbursement figures every month.

> "Pledges are easy to announce in a conference hall. What matters is what reaches a family in Arsal in January," Virtanen said.

Lebanese officials said the country, which hosts the largest number of refugees per capita in the world, could not carry the burden alone while its own economy remains in crisis. The IMF estimates that Lebanon's economy grew by only 1.2 percent this year after five years of contraction.

The pledges announced on Tuesday include:

- $610 million from the European Union over two years
- $480 million from Gulf states, mainly for housing and water
- $320 million from Germany and $140 million from Japan
- a $250 million World Bank facility for small businesses

Full conference documents are expected to be published on the [organisers' website](https://example.org/beirut-aid-conference-2026).`,
    },
    ar: {
      slug: "المانحون-يتعهدون-ب-2-4-مليار-دولار-للعائلات-النازحة-في-مؤتمر-بيروت",
      headline: "المانحون يتعهّدون بـ2.4 مليار دولار للعائلات النازحة في مؤتمر بيروت",
      dek: "اجتمعت 41 حكومة ووكالة في بيروت فيما حذّرت الأمم المتحدة من أن الشتاء قد يدفع أكثر من 1.1 مليون نازح إلى مزيد من الجوع.",
      imageAlt: "أفق مدينة مجرّد تحت سماء مسائية زرقاء داكنة تتناثر فيها دوائر من الضوء",
      body: `تعهّد المانحون المجتمعون في بيروت، الثلاثاء، بتقديم 2.4 مليار دولار من المساعدات الجديدة للعائلات التي شرّدتها النزاعات في المنطقة، وهو مبلغ يقلّ عن 3.1 مليار دولار طلبتها وكالات الأمم المتحدة قبل حلول الشتاء.

وجمع المؤتمر، الذي استمر يومًا واحدًا واستضافه لبنان والاتحاد الأوروبي (EU) في السراي الحكومي، وفودًا من 41 حكومة ووكالة. وقال المنظّمون إن نحو 60 في المئة من الأموال المتعهَّد بها ستُصرف قبل نهاية آذار 2027.

## فجوة بقيمة 700 مليون دولار

رحّب مسؤولو الأمم المتحدة بالتعهّدات، لكنهم حذّروا من أن العجز سيجبرهم على المفاضلة بين الغذاء والمأوى والتعليم في أشدّ أشهر السنة برودة.

> «كل دولار ينقصنا هذا الشتاء سيُحتسب أطفالًا يتركون المدرسة وعائلاتٍ تتخلّى عن وجبات»، قالت أمينة فاروق، المنسّقة الإقليمية لمفوضية الأمم المتحدة لشؤون اللاجئين UNHCR.

وبحسب الأرقام التي عُرضت في المؤتمر، يعتمد 1.1 مليون نازح في لبنان والأردن وسوريا اليوم على مساعدات نقدية أو غذائية شهرية، مقارنةً بـ870 ألفًا قبل عام. وأعلن برنامج الأغذية العالمي WFP أنه خفّض الحصص الغذائية بمقدار الثلث في تشرين الأول بسبب نقص التمويل.

وجاء أكبر تعهّد منفرد، وقيمته 610 ملايين دولار على مدى عامين، من الاتحاد الأوروبي. وتعهّدت ألمانيا بـ320 مليون دولار واليابان بـ140 مليونًا، فيما أعلنت دول الخليج مجتمعةً 480 مليون دولار خُصّص معظمها لترميم المساكن وشبكات المياه.

## الشتاء وكلفة المأوى

قالت وكالات الإغاثة إن الهاجس الأول هو المأوى. فقد أغرقت الأمطار الغزيرة في مطلع تشرين الثاني 230 تجمّعًا عشوائيًا على الأقل في البقاع والشمال، بحسب وزارة الشؤون الاجتماعية اللبنانية.

> «لا نطلب برامج جديدة، بل نطلب أن تبقى التدفئة مشتعلة والسقوف محكمة»، قالت وزيرة الشؤون الاجتماعية هيام مراد أمام الوفود.

وأوضحت مراد أن الحكومة تحتاج إلى 95 مليون دولار لإصلاح الملاجئ المتضرّرة وتوزيع المحروقات قبل كانون الثاني، إذ تقدّر الوزارة أن 38 ألف أسرة تفتقر إلى العزل أو الحماية من المياه.

وحذّر العاملون في القطاع الصحي بدورهم من انتشار الأمراض، إذ سجّلت منظمة الصحة العالمية WHO منذ أيلول 1240 حالة يُشتبه في أنها إسهال مائي حادّ في المخيمات، وتسع وفيات معظمها لأطفال دون الخامسة.

## المدارس وفرص العمل

خُصّصت جلسة مستقلة للتعليم، قالت فيها منظمة UNICEF إن 410 آلاف طفل نازح في البلدان الثلاثة خارج المدرسة، وإن كلفة النقل باتت السبب الأول الذي تذكره العائلات لإبقاء أبنائها في المنزل.

وربط عدد من المانحين أموالهم ببرامج التشغيل، إذ أعلن البنك الدولي World Bank عن تسهيلات قروض بقيمة 250 مليون دولار للمؤسسات الصغيرة في المناطق التي تستضيف أعدادًا كبيرة من النازحين، تتولّى إدارتها مصارف محلية.

> «المساعدة التي تُبقي الناس على قيد الحياة فحسب لا تكفي، بل يجب أن يكون الهدف أن تتمكّن العائلات من دفع إيجاراتها بنفسها من جديد»، قال دانيال أورتيغا-رويز، المدير القُطري للبنك الدولي.

## العنف مستمرّ

انعقد المؤتمر على وقع معارك متواصلة، إذ أفاد تقرير للأمم المتحدة وُزّع على الوفود بأن 312 مدنيًا قُتلوا وأُصيب أكثر من 900 آخرين في المنطقة خلال شهر تشرين الأول وحده، وهي أعلى حصيلة شهرية منذ عامين.

وفي شمال سوريا، قُتل سبعة أشخاص على الأقل بينهم طفلان جرّاء قصف استهدف الأحد سوقًا في إحدى البلدات، بحسب فرق الإنقاذ المحلية. ووقف المشاركون دقيقة صمت في الجلسة الافتتاحية.

## الخطوات المقبلة

قال المنظّمون إن اجتماع متابعة سيُعقد في عمّان في 15 آذار 2027 لمراجعة حجم الأموال التي وصلت فعلًا. وأكّدت مفوّضة الاتحاد الأوروبي لإدارة الأزمات هيلينا فيرتانن أن المانحين سينشرون أرقام الصرف شهريًا.

> «إعلان التعهّدات في قاعة مؤتمرات أمر سهل، أما ما يهمّ فهو ما يصل إلى عائلة في عرسال في كانون الثاني»، قالت فيرتانن.

وقال مسؤولون لبنانيون إن البلاد، التي تستضيف أكبر عدد من اللاجئين نسبةً إلى عدد السكان في العالم، لا تستطيع أن تحمل العبء وحدها فيما لا يزال اقتصادها غارقًا في الأزمة. ويقدّر صندوق النقد الدولي IMF أن الاقتصاد اللبناني لم ينمُ هذا العام إلا بنسبة 1.2 في المئة بعد خمس سنوات من الانكماش.

وتشمل التعهّدات التي أُعلنت الثلاثاء:

- 610 ملايين دولار من الاتحاد الأوروبي على مدى عامين
- 480 مليون دولار من دول الخليج، معظمها للسكن والمياه
- 320 مليون دولار من ألمانيا و140 مليونًا من اليابان
- تسهيلات بقيمة 250 مليون دولار من البنك الدولي للمؤسسات الصغيرة

ويُنتظر أن تُنشر وثائق المؤتمر كاملةً على [موقع الجهات المنظِّمة](https://example.org/beirut-aid-conference-2026).`,
    },
  },
};
