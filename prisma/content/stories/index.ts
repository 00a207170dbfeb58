import type { SeedStory } from "@/prisma/content/types";
import { story as aidConference } from "@/prisma/content/stories/aid-conference";
import { story as byblosExcavation } from "@/prisma/content/stories/byblos-excavation";
import { story as cabinetElectricityPlan } from "@/prisma/content/stories/cabinet-electricity-plan";
import { story as depositRecoveryLaw } from "@/prisma/content/stories/deposit-recovery-law";
import { story as filmFestival } from "@/prisma/content/stories/film-festival";
import { story as iraqMarshes } from "@/prisma/content/stories/iraq-marshes";
import { story as jazzNights } from "@/prisma/content/stories/jazz-nights";
import { story as oliveHarvest } from "@/prisma/content/stories/olive-harvest";
import { story as portTender } from "@/prisma/content/stories/port-tender";
import { story as startupFunding } from "@/prisma/content/stories/startup-funding";
import { story as tourismFigures } from "@/prisma/content/stories/tourism-figures";
import { story as tripoliBusLine } from "@/prisma/content/stories/tripoli-bus-line";
import { story as universityStrike } from "@/prisma/content/stories/university-strike";
import { story as wildfireSeason } from "@/prisma/content/stories/wildfire-season";
import { story as winterStormLive } from "@/prisma/content/stories/winter-storm-live";
import { story as pavementsOpinion } from "@/prisma/content/stories/pavements-opinion";
import { story as portTenderAnalysis } from "@/prisma/content/stories/port-tender-analysis";
import { story as marshesInterview } from "@/prisma/content/stories/marshes-interview";
import { story as depositLawExplainer } from "@/prisma/content/stories/deposit-law-explainer";
import { story as cinemaSeatsOpinion } from "@/prisma/content/stories/cinema-seats-opinion";

/** Newest first, as the front page shows them. */
export const stories: SeedStory[] = [
  aidConference,
  winterStormLive,
  cabinetElectricityPlan,
  portTender,
  oliveHarvest,
  filmFestival,
  depositRecoveryLaw,
  byblosExcavation,
  wildfireSeason,
  startupFunding,
  tripoliBusLine,
  jazzNights,
  tourismFigures,
  universityStrike,
  iraqMarshes,
  // One of each article kind besides news, older than the rest so that the
  // front page's first screen stays as it was.
  pavementsOpinion,
  portTenderAnalysis,
  marshesInterview,
  depositLawExplainer,
  // Every kind of media a story holds, in one opinion piece.
  cinemaSeatsOpinion,
];
