import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sections } from "@/prisma/content/sections";
import { stories } from "@/prisma/content/stories/index";
import { isValidSlug } from "@/lib/urls/slug";

const has = (locale: "en" | "ar") => (s: (typeof stories)[number]) => Boolean(s.translations[locale]);

describe("demo content", () => {
  it("has at least 12 stories in 3+ sections, in both or one language", () => {
    expect(stories.length).toBeGreaterThanOrEqual(12);
    expect(new Set(stories.map((s) => s.section)).size).toBeGreaterThanOrEqual(3);
    expect(stories.filter((s) => has("en")(s) && has("ar")(s)).length).toBeGreaterThanOrEqual(8);
    expect(stories.filter((s) => has("en")(s) && !has("ar")(s)).length).toBeGreaterThanOrEqual(2);
    expect(stories.filter((s) => has("ar")(s) && !has("en")(s)).length).toBeGreaterThanOrEqual(2);
  });

  it("uses valid, unique slugs per locale, Arabic ones in Arabic script", () => {
    for (const locale of ["en", "ar"] as const) {
      const slugs = stories.flatMap((s) => s.translations[locale]?.slug ?? []);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(isValidSlug(slug), slug).toBe(true);
    }
    for (const story of stories.filter(has("ar"))) {
      expect(story.translations.ar!.slug).toMatch(/\p{Script=Arabic}/u);
    }
  });

  it("knows every section it files stories under, and ships every image", () => {
    const keys = new Set(sections.map((s) => s.key));
    for (const story of stories) {
      expect(keys.has(story.section), story.key).toBe(true);
      expect(existsSync(path.join("public/images/stories", story.image)), story.image).toBe(true);
    }
  });

  it("has a long wire story with subheadings, quotes and Latin script inside Arabic", () => {
    const wire = stories.find((s) => {
      const ar = s.translations.ar?.body ?? "";
      return (ar.match(/^## /gm) ?? []).length >= 4 && /^> /m.test(ar) && /[A-Z]{2,}/.test(ar);
    });
    expect(wire).toBeDefined();
  });

  it("keeps raw HTML out of story bodies", () => {
    for (const story of stories) {
      for (const translation of Object.values(story.translations)) {
        expect(translation.body, story.key).not.toMatch(/<[a-z/!]/i);
      }
    }
  });
});
