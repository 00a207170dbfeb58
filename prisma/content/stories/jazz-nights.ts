import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "jazz-nights",
  section: "culture",
  authors: ["rima-haddad"],
  sourceLocale: "en",
  publishedAt: "2026-11-14T20:15:00+02:00",
  image: "jazz-nights.svg",
  translations: {
    en: {
      slug: "winter-jazz-nights-fill-a-gemmayzeh-stairway",
      headline: "Winter jazz nights fill a Gemmayzeh stairway",
      dek: "Musicians have turned the Saint Nicolas stairs into an open-air stage every Thursday, blankets and tea included.",
      imageAlt: "Soft purple circles over a staircase of dark steps",
      body: `Every Thursday evening this month, the Saint Nicolas stairs in Gemmayzeh have turned into an open-air jazz club, with musicians playing from the landings and listeners wrapped in blankets on the steps.

The series, organised by a collective of young musicians, is free. A tea seller at the bottom of the stairs says he now sells 300 cups a night.

> "We wanted people to come back to the neighbourhood after dark," said double bassist Tarek Sleiman, one of the organisers.

The last concert of the season is planned for 17 December, weather permitting.`,
    },
  },
};
