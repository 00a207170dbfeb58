import type { SeedAuthor } from "@/prisma/content/types";

export const authors: SeedAuthor[] = [
  {
    key: "rima-haddad",
    names: { en: "Rima Haddad", ar: "ريما حداد" },
    bios: {
      en: "Rima Haddad covers humanitarian affairs and the region's refugee crises from Beirut.",
      ar: "تغطّي ريما حداد الشؤون الإنسانية وأزمات اللاجئين في المنطقة من بيروت.",
    },
  },
  {
    key: "karim-nassar",
    names: { en: "Karim Nassar", ar: "كريم نصّار" },
    bios: {
      en: "Karim Nassar reports on Lebanese politics, the cabinet and parliament.",
      ar: "يكتب كريم نصّار عن السياسة اللبنانية ومجلسَي الوزراء والنواب.",
    },
  },
  {
    key: "layla-khoury",
    names: { en: "Layla Khoury", ar: "ليلى خوري" },
    bios: {
      en: "Layla Khoury writes about culture, heritage and the arts across Lebanon.",
      ar: "تكتب ليلى خوري عن الثقافة والتراث والفنون في لبنان.",
    },
  },
  {
    key: "omar-saade",
    names: { en: "Omar Saadeh", ar: "عمر سعادة" },
    bios: {
      en: "Omar Saadeh follows the economy, banks and the reconstruction of the port of Beirut.",
      ar: "يتابع عمر سعادة الاقتصاد والمصارف وإعادة إعمار مرفأ بيروت.",
    },
  },
  {
    key: "hala-mansour",
    names: { en: "Hala Mansour", ar: "هالة منصور" },
    bios: {
      en: "Hala Mansour is a columnist who writes on cities, public space and how Lebanon governs itself.",
      ar: "هالة منصور كاتبة عمود تكتب عن المدن والفضاء العام وطريقة إدارة لبنان لشؤونه.",
    },
  },
  {
    key: "staff",
    names: { en: "Levant Times staff", ar: "فريق أخبار المشرق" },
    bios: {
      en: "Reports written by the newsroom together, from its correspondents' work.",
      ar: "تقارير يكتبها فريق التحرير مجتمعًا من عمل مراسليه.",
    },
  },
];
