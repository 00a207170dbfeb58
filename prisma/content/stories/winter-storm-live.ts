import type { SeedStory } from "@/prisma/content/types";

// Live coverage written first in Arabic; the English desk follows, and the
// two newest entries are not translated yet, as on a real storm morning.
export const story: SeedStory = {
  key: "winter-storm-live",
  kind: "live",
  section: "lebanon",
  authors: ["rima-haddad", "staff"],
  sourceLocale: "ar",
  publishedAt: "2026-11-24T06:00:00+02:00",
  image: "winter-storm.svg",
  translations: {
    ar: {
      slug: "عاصفة-ثلجية-تقفل-الطرقات-الجبلية-تغطية-مباشرة",
      headline: "عاصفة ثلجية تقفل الطرقات الجبلية وتغمر شوارع في بيروت: تغطية مباشرة",
      dek: "نتابع لحظة بلحظة آثار العاصفة التي تضرب لبنان منذ فجر الثلاثاء، مع تحديثات من الدفاع المدني ومصلحة الأرصاد الجوية وحركة السير.",
      imageAlt: "جبال مكسوّة بالثلج تحت سماء زرقاء تتساقط منها ندف الثلج",
      body: `ضربت عاصفة ثلجية لبنان فجر الثلاثاء، حاملةً أمطارًا غزيرة على الساحل وثلوجًا على المرتفعات، ورياحًا تجاوزت سرعتها 80 كيلومترًا في الساعة.

يتابع فريقنا في بيروت والجبل والبقاع تطوّرات العاصفة في هذه الصفحة، ويُنشر كل تحديث فور التحقّق منه.`,
      keyPoints: `- أُقفلت الطرقات الجبلية فوق ارتفاع 1200 متر، ومنها طريق ضهر البيدر.
- علّقت وزارة التربية الدروس في المدارس الرسمية والخاصة يوم الثلاثاء.
- تتوقّع مصلحة الأرصاد الجوية أن تستمر العاصفة حتى مساء الخميس.`,
    },
    en: {
      slug: "snowstorm-closes-mountain-roads-live-updates",
      headline: "Snowstorm closes mountain roads and floods Beirut streets: live updates",
      dek: "Follow the storm that has hit Lebanon since dawn on Tuesday, with updates from the Civil Defence, the weather service and the roads.",
      imageAlt: "Snow-covered mountains under a blue sky with falling snowflakes",
      body: `A snowstorm hit Lebanon before dawn on Tuesday, bringing heavy rain to the coast, snow to the mountains and winds above 80 kilometres an hour.

Our reporters in Beirut, Mount Lebanon and the Bekaa follow the storm on this page, and each update is posted as soon as it is checked.`,
      keyPoints: `- Mountain roads above 1,200 metres are closed, including the Dahr al-Baidar road.
- The education ministry suspended classes in public and private schools on Tuesday.
- The weather service expects the storm to last until Thursday evening.`,
    },
  },
  live: {
    entries: [
      {
        at: 0,
        text: {
          ar: {
            title: "بدء التغطية",
            body: "صباح الخير. نبدأ تغطيتنا المباشرة للعاصفة التي وصلت إلى الساحل قرابة الرابعة فجرًا.",
          },
          en: {
            title: "Coverage begins",
            body: "Good morning. We begin our live coverage of the storm, which reached the coast at about 4 a.m.",
          },
        },
      },
      {
        at: 8,
        pinned: true,
        text: {
          ar: {
            title: "أرقام الطوارئ",
            body: "للإبلاغ عن حادث أو طلب مساعدة: الدفاع المدني **125**، الصليب الأحمر **140**، قوى الأمن الداخلي **112**.",
          },
          en: {
            title: "Emergency numbers",
            body: "To report an accident or ask for help: Civil Defence **125**, Red Cross **140**, Internal Security Forces **112**.",
          },
        },
      },
      {
        at: 15,
        text: {
          ar: {
            body: "أعلنت مصلحة الأرصاد الجوية أن الثلوج ستتساقط على ارتفاع 1200 متر وما فوق، وقد تنخفض إلى 900 متر ليلًا.",
          },
          en: {
            body: "The weather service said snow would fall at 1,200 metres and above, and could come down to 900 metres overnight.",
          },
        },
      },
      {
        at: 24,
        text: {
          ar: {
            title: "إقفال ضهر البيدر",
            body: "أقفلت قوى الأمن الداخلي طريق ضهر البيدر في الاتجاهين، ودعت السائقين إلى سلوك طريق الشام الساحلية.",
          },
          en: {
            title: "Dahr al-Baidar closed",
            body: "The Internal Security Forces closed the Dahr al-Baidar road in both directions and asked drivers to take the coastal route.",
          },
        },
      },
      {
        at: 33,
        text: {
          ar: {
            body: "علّقت وزارة التربية الدروس في جميع المدارس الرسمية والخاصة اليوم، على أن تعلن قرارها بشأن الغد عند الظهر.",
          },
          en: {
            body: "The education ministry suspended classes in all public and private schools today and will decide about tomorrow at noon.",
          },
        },
      },
      {
        at: 41,
        text: {
          ar: {
            body: "غمرت المياه نفق سليم سلام في بيروت، وتعمل فرق البلدية على سحبها. يُنصح بتجنّب المنطقة.",
          },
          en: {
            body: "Water flooded the Salim Salam tunnel in Beirut, and municipal crews are pumping it out. Drivers are advised to avoid the area.",
          },
        },
      },
      {
        at: 50,
        text: {
          ar: {
            body: "قال الدفاع المدني إن فرقه سحبت 14 سيارة علقت في الثلوج على طريق فاريا – كفرذبيان منذ منتصف الليل.",
          },
          en: {
            body: "The Civil Defence said its teams had pulled 14 cars stuck in the snow on the Faraya–Kfardebian road since midnight.",
          },
        },
      },
      {
        at: 58,
        text: {
          ar: {
            title: "الرياح في الشمال",
            body: "اقتلعت الرياح أشجارًا على طريق طرابلس – زغرتا، ولا إصابات بحسب الصليب الأحمر.",
          },
          en: {
            title: "Winds in the north",
            body: "Winds uprooted trees on the Tripoli–Zgharta road; the Red Cross reported no injuries.",
          },
        },
      },
      {
        at: 67,
        text: {
          ar: {
            body: "أعلن مطار رفيق الحريري الدولي أن الرحلات تسير على نحو طبيعي حتى الآن، مع تأخير بسيط في بعض الوصول.",
          },
          en: {
            body: "Rafic Hariri International Airport said flights were running normally so far, with slight delays to some arrivals.",
          },
        },
      },
      {
        at: 75,
        text: {
          ar: {
            body: "انقطع التيار الكهربائي عن أجزاء من قضاء كسروان بعد سقوط أعمدة، وتقول مؤسسة كهرباء لبنان إن فرقها في طريقها إلى المكان.",
          },
          en: {
            body: "Power was cut in parts of the Keserwan district after poles fell; Électricité du Liban says its crews are on their way.",
          },
        },
      },
      {
        at: 84,
        text: {
          ar: { body: "سجّلت محطة زحلة أدنى حرارة هذا الصباح: درجتان تحت الصفر." },
          en: {
            body: "The Zahle station recorded the lowest temperature this morning: two degrees below zero.",
          },
        },
      },
      {
        at: 92,
        text: {
          ar: {
            title: "مخيمات النازحين",
            body: "في البقاع، قالت مفوضية اللاجئين إن خيامًا في أكثر من 30 مخيمًا تضرّرت من الرياح والثلوج، وإن فرقًا توزّع أغطية ومواد تدفئة.",
          },
          en: {
            title: "Displacement camps",
            body: "In the Bekaa, the UN refugee agency said tents in more than 30 camps had been damaged by wind and snow, and teams were handing out blankets and heating fuel.",
          },
        },
      },
      {
        at: 101,
        text: {
          ar: {
            body: "دعت بلدية بيروت السكان إلى عدم رمي النفايات في مجاري المياه، بعد أن سدّت الأكياس عددًا منها في الأشرفية والحمرا.",
          },
          en: {
            body: "Beirut's municipality asked residents not to throw rubbish into drains, after bags blocked several in Achrafieh and Hamra.",
          },
        },
      },
      {
        at: 110,
        text: {
          ar: {
            body: "الأمواج على الشاطئ بين جونية وجبيل تجاوز ارتفاعها ثلاثة أمتار، وأغلقت الموانئ الصغيرة أمام قوارب الصيد.",
          },
          en: {
            body: "Waves on the coast between Jounieh and Byblos rose above three metres, and small harbours were closed to fishing boats.",
          },
        },
      },
      {
        at: 119,
        text: {
          ar: { body: "أعاد الجيش فتح طريق ترشيش – زحلة أمام السيارات المجهّزة بالسلاسل فقط." },
          en: { body: "The army reopened the Tarshish–Zahle road to cars fitted with chains only." },
        },
      },
      {
        at: 128,
        text: {
          ar: {
            title: "نصائح السلامة",
            body: "يذكّر الدفاع المدني بعدم ترك المدافئ مشتعلة في الغرف المغلقة أثناء النوم، تجنّبًا للاختناق.",
          },
          en: {
            title: "Safety advice",
            body: "The Civil Defence reminds residents not to leave heaters burning in closed rooms while they sleep, to avoid suffocation.",
          },
        },
      },
      {
        at: 137,
        text: {
          ar: { body: "قالت مؤسسة كهرباء لبنان إنها أعادت التيار إلى معظم المناطق المتضرّرة في كسروان." },
          en: {
            body: "Électricité du Liban said it had restored power to most of the affected areas in Keserwan.",
          },
        },
      },
      {
        at: 146,
        text: {
          ar: { body: "ارتفع منسوب نهر بيروت، ودعت البلدية سكان الأحياء المحاذية للمجرى إلى الحذر." },
          en: {
            body: "The Beirut River rose, and the municipality asked people living beside its bed to take care.",
          },
        },
      },
      {
        at: 155,
        text: {
          ar: {
            body: "أعلنت وزارة التربية أن الدروس ستبقى معلّقة غدًا الأربعاء في مدارس المناطق الجبلية فقط.",
          },
          en: {
            body: "The education ministry said classes would stay suspended tomorrow, Wednesday, in mountain schools only.",
          },
        },
      },
      {
        at: 164,
        text: {
          ar: {
            body: "توقعات الأرصاد لبعد الظهر: تراجع في سرعة الرياح، واستمرار الأمطار على الساحل والثلوج على المرتفعات.",
          },
          en: {
            body: "The forecast for the afternoon: weaker winds, with rain continuing on the coast and snow in the mountains.",
          },
        },
      },
      {
        at: 173,
        text: {
          ar: {
            title: "الصليب الأحمر",
            body: "نفّذ الصليب الأحمر 46 مهمة إسعاف منذ الفجر، معظمها حوادث سير على طرقات زلقة.",
          },
          en: {
            title: "Red Cross",
            body: "The Red Cross carried out 46 ambulance missions since dawn, most of them road accidents on slippery roads.",
          },
        },
      },
      {
        at: 182,
        text: {
          ar: { body: "عادت حركة السير إلى طبيعتها في نفق سليم سلام بعد سحب المياه." },
          en: {
            body: "Traffic is back to normal in the Salim Salam tunnel now that the water has been pumped out.",
          },
        },
      },
      {
        at: 191,
        text: {
          ar: { body: "ناشدت بلديات في عكار الجيش فتح طرقات تربط قرى معزولة بالثلوج منذ الليل." },
        },
      },
      {
        at: 200,
        text: {
          ar: {
            body: "تتساقط الثلوج الآن على ارتفاع 1000 متر في المتن الأعلى، وتقول قوى الأمن إن طريق حمانا – المديرج سالكة بصعوبة.",
          },
        },
      },
    ],
  },
};
