import type { SeedStory } from "@/prisma/content/types";

export const story: SeedStory = {
  key: "tourism-figures",
  section: "business",
  authors: ["staff"],
  sourceLocale: "en",
  publishedAt: "2026-11-13T15:30:00+02:00",
  image: "tourism-figures.svg",
  translations: {
    en: {
      slug: "arrivals-at-beirut-airport-down-11-percent-in-october",
      headline: "Arrivals at Beirut airport down 11 percent in October",
      dek: "Hotel owners say bookings for the holiday season are weaker than last year, though expatriate visits are holding up.",
      imageAlt: "An abstract runway of light lines under a pale sky",
      body: `Passenger arrivals at Beirut's Rafic Hariri International Airport fell 11 percent in October from a year earlier, to about 268,000, according to airport figures released on Friday.

Hotel owners said bookings for December were also weaker, with occupancy in Beirut hotels expected at around 45 percent, compared with 58 percent last year.

> "The expatriates still come home for the holidays. It is the foreign tourists we are missing," said Pierre Achkar of the hotel owners' syndicate.

The tourism ministry said it would launch a winter campaign for ski resorts and rural guesthouses next month.`,
    },
  },
};
