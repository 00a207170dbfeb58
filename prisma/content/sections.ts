import type { SeedSection } from "@/prisma/content/types";
import { slugify } from "@/lib/urls/slug";

// In navigation order (the seed numbers them from 1): key, English name,
// Arabic name. Slugs follow the site's slug policy, as a new one would.
const SECTIONS = [
  ["lebanon", "Lebanon", "لبنان"],
  ["middle-east", "Middle East", "الشرق الأوسط"],
  ["business", "Business", "اقتصاد"],
  ["culture", "Culture", "ثقافة"],
] as const;

export const sections: SeedSection[] = SECTIONS.map(([key, en, ar]) => ({
  key,
  names: { en, ar },
  slugs: { en: slugify(en), ar: slugify(ar) },
}));
