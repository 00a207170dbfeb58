import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { pickName } from "@/lib/stories/row-mappers";
import { VERSION_STATES, versionState, type VersionState } from "@/lib/newsroom/workflow/translation-state";

export interface CoverageRow {
  sectionId: number;
  section: string;
  locale: Locale;
  total: number;
  counts: Record<VersionState, number>;
}

/** For each section and language: how many stories are in each state there. */
export async function loadCoverage(uiLocale: Locale): Promise<CoverageRow[]> {
  const sections = await db().section.findMany({
    orderBy: { position: "asc" },
    include: {
      translations: true,
      stories: {
        select: {
          sourceLocale: true,
          sourceRevision: true,
          translations: { select: { locale: true, status: true, sourceRevision: true } },
        },
      },
    },
  });
  return sections.flatMap((section) =>
    routing.locales.map((locale): CoverageRow => {
      const counts = Object.fromEntries(VERSION_STATES.map((state) => [state, 0])) as Record<
        VersionState,
        number
      >;
      for (const story of section.stories) {
        counts[
          versionState(
            story,
            story.translations.find((t) => t.locale === locale),
          )
        ] += 1;
      }
      return {
        sectionId: section.id,
        section: pickName(section.translations, uiLocale, section.key),
        locale,
        total: section.stories.length,
        counts,
      };
    }),
  );
}
