import type { SeedTopic } from "@/prisma/content/types";

// Topics cut across sections, as on the Lebanese outlets' tag pages.
export const topics: SeedTopic[] = [
  {
    key: "beirut-port",
    names: { en: "Port of Beirut", ar: "مرفأ بيروت" },
    slugs: { en: "port-of-beirut", ar: "مرفأ-بيروت" },
    stories: ["port-tender", "startup-funding"],
  },
  {
    key: "electricity",
    names: { en: "Electricity", ar: "الكهرباء" },
    slugs: { en: "electricity", ar: "الكهرباء" },
    stories: ["cabinet-electricity-plan"],
  },
  {
    key: "banking-crisis",
    names: { en: "Banking crisis", ar: "الأزمة المصرفية" },
    slugs: { en: "banking-crisis", ar: "الأزمة-المصرفية" },
    stories: ["deposit-recovery-law", "startup-funding"],
  },
  {
    key: "displacement",
    names: { en: "Displacement", ar: "النزوح" },
    slugs: { en: "displacement", ar: "النزوح" },
    stories: ["aid-conference", "iraq-marshes"],
  },
  {
    key: "environment",
    names: { en: "Climate and environment", ar: "المناخ والبيئة" },
    slugs: { en: "climate-and-environment", ar: "المناخ-والبيئة" },
    stories: ["wildfire-season", "iraq-marshes", "olive-harvest"],
  },
  {
    key: "agriculture",
    names: { en: "Agriculture", ar: "الزراعة" },
    slugs: { en: "agriculture", ar: "الزراعة" },
    stories: ["olive-harvest", "iraq-marshes"],
  },
  {
    key: "heritage",
    names: { en: "Heritage", ar: "التراث" },
    slugs: { en: "heritage", ar: "التراث" },
    stories: ["byblos-excavation", "film-festival"],
  },
  {
    key: "nightlife",
    names: { en: "Music and nightlife", ar: "الموسيقى والسهر" },
    slugs: { en: "music-and-nightlife", ar: "الموسيقى-والسهر" },
    stories: ["jazz-nights", "film-festival"],
  },
  {
    key: "transport",
    names: { en: "Transport", ar: "النقل" },
    slugs: { en: "transport", ar: "النقل" },
    stories: ["tripoli-bus-line", "tourism-figures"],
  },
  {
    key: "education",
    names: { en: "Education", ar: "التعليم" },
    slugs: { en: "education", ar: "التعليم" },
    stories: ["university-strike"],
  },
  {
    key: "tourism",
    names: { en: "Tourism", ar: "السياحة" },
    slugs: { en: "tourism", ar: "السياحة" },
    stories: ["tourism-figures", "jazz-nights", "byblos-excavation"],
  },
];
