import type { SeedSection } from "@/prisma/content/types";

export const sections: SeedSection[] = [
  {
    key: "lebanon",
    position: 1,
    names: { en: "Lebanon", ar: "لبنان" },
    slugs: { en: "lebanon", ar: "لبنان" },
  },
  {
    key: "middle-east",
    position: 2,
    names: { en: "Middle East", ar: "الشرق الأوسط" },
    slugs: { en: "middle-east", ar: "الشرق-الأوسط" },
  },
  {
    key: "business",
    position: 3,
    names: { en: "Business", ar: "اقتصاد" },
    slugs: { en: "business", ar: "اقتصاد" },
  },
  {
    key: "culture",
    position: 4,
    names: { en: "Culture", ar: "ثقافة" },
    slugs: { en: "culture", ar: "ثقافة" },
  },
];
