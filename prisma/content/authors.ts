import type { SeedAuthor } from "@/prisma/content/types";

export const authors: SeedAuthor[] = [
  { key: "rima-haddad", names: { en: "Rima Haddad", ar: "ريما حداد" } },
  { key: "karim-nassar", names: { en: "Karim Nassar", ar: "كريم نصّار" } },
  { key: "layla-khoury", names: { en: "Layla Khoury", ar: "ليلى خوري" } },
  { key: "omar-saade", names: { en: "Omar Saadeh", ar: "عمر سعادة" } },
  { key: "staff", names: { en: "Levant Times staff", ar: "فريق أخبار المشرق" } },
];
