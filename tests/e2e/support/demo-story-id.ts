import type { SeedStory } from "@/prisma/content/types";
import { queryE2eDatabase } from "./e2e-database";

/** The id the seed gave a demo story, for newsroom and preview URLs. */
export async function demoStoryId(story: SeedStory): Promise<number> {
  const [row] = await queryE2eDatabase<{ id: number }>(`SELECT "id" FROM "Story" WHERE "key" = $1`, [
    story.key,
  ]);
  if (!row) throw new Error(`The e2e database has no story ${story.key}`);
  return row.id;
}
