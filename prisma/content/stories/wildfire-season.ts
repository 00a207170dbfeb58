import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "wildfire-season",
  section: "lebanon",
  authors: ["karim-nassar"],
  sourceLocale: "en",
  publishedAt: "2026-11-17T07:45:00+02:00",
  image: "wildfire-season.svg",
  translations: {
    en: {
      slug: "wildfires-burned-1-800-hectares-this-year-civil-defence-says",
      headline: "Wildfires burned 1,800 hectares this year, civil defence says",
      dek: "The toll is the highest since 2019. Volunteers in the Chouf and Akkar want more fire trucks and watchtowers before next summer.",
      imageAlt: "Orange and red shapes rising over a dark green ridge",
      body: `Wildfires burned about 1,800 hectares of forest and farmland in Lebanon this year, the civil defence said on Monday, the largest area since the fires of October 2019.

Most of the damage was in Akkar, the Chouf and the hills above Zgharta, where strong easterly winds spread flames across pine and oak forests in August and September.

Volunteer firefighters say they lack basic equipment. Their requests to the government include:

- 20 off-road fire trucks for mountain villages
- six new watchtowers with cameras in Akkar and the Chouf
- a fund to pay volunteers' fuel and insurance

> "We arrive first and leave last, and we pay for our own fuel," said Georges Maalouf, who leads a volunteer team in Deir el-Qamar.

The environment ministry said a national fire prevention plan would be presented to cabinet in January.`,
    },
    ar: {
      slug: "الحرائق-التهمت-1800-هكتار-هذا-العام-بحسب-الدفاع-المدني",
      headline: "الحرائق التهمت 1800 هكتار هذا العام بحسب الدفاع المدني",
      dek: "الحصيلة هي الأعلى منذ 2019، ومتطوعو الشوف وعكار يطالبون بمزيد من الآليات وأبراج المراقبة قبل الصيف المقبل.",
      imageAlt: "أشكال برتقالية وحمراء تتصاعد فوق سلسلة جبلية خضراء داكنة",
      body: `التهمت الحرائق نحو 1800 هكتار من الأحراج والأراضي الزراعية في لبنان هذا العام، بحسب ما أعلن الدفاع المدني الاثنين، وهي أكبر مساحة منذ حرائق تشرين الأول 2019.

وتركّزت الأضرار في عكار والشوف والتلال المطلّة على زغرتا، حيث نشرت الرياح الشرقية القوية النيران في غابات الصنوبر والسنديان خلال آب وأيلول.

ويقول رجال الإطفاء المتطوعون إنهم يفتقرون إلى أبسط التجهيزات، وتشمل مطالبهم من الحكومة:

- 20 آلية إطفاء رباعية الدفع لقرى الجبال
- ستة أبراج مراقبة جديدة مزوّدة بكاميرات في عكار والشوف
- صندوقًا لتغطية كلفة المحروقات والتأمين للمتطوعين

> «نصل أولًا ونغادر أخيرًا، وندفع ثمن المحروقات من جيوبنا»، قال جورج معلوف الذي يقود فريقًا من المتطوعين في دير القمر.

وأعلنت وزارة البيئة أنها ستعرض خطة وطنية للوقاية من الحرائق على مجلس الوزراء في كانون الثاني.`,
    },
  },
};
