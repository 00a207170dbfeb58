import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { uploadPageTags } from "@/lib/newsroom/media/upload-pages";
import { affectedTags } from "@/lib/newsroom/workflow/affected-tags";
import { demoPicture } from "@/prisma/seed-pictures";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
seedDemoDatabaseForEachTest((client) => (prisma = client));

/** Every published page of a demo story, as cache tags. */
async function pagesOf(key: string): Promise<string[]> {
  const versions = await prisma.storyTranslation.findMany({
    where: { story: { key }, status: "PUBLISHED" },
    select: { storyId: true, locale: true, slug: true },
  });
  return versions.flatMap((v) => affectedTags(v.storyId, v.locale, [v.slug]));
}

describe("the pages an upload's credit shows on", () => {
  it("are every published page showing it as a lead image, in a gallery or in a body", async () => {
    const cinema = await pagesOf("cinema-seats-opinion");
    // The lead image; a gallery picture; a body picture that is also in the gallery.
    for (const file of ["film-festival.svg", "tourism-figures.svg", "jazz-nights.svg"]) {
      expect(new Set(await uploadPageTags(prisma, demoPicture(file).id))).toEqual(new Set(cinema));
    }
    // Another story shows the jazz picture in its English body only.
    const jazz = demoPicture("jazz-nights.svg");
    const version = await prisma.storyTranslation.findFirstOrThrow({
      where: { story: { key: "olive-harvest" }, locale: "en" },
    });
    await prisma.storyTranslation.update({
      where: { id: version.id },
      data: { body: `${version.body}\n\n![Steps](${jazz.src} "Steps at night")` },
    });
    const olive = affectedTags(version.storyId, "en", [version.slug]);
    expect(new Set(await uploadPageTags(prisma, jazz.id))).toEqual(new Set([...cinema, ...olive]));
    // A picture nobody shows changes no page.
    expect(await uploadPageTags(prisma, "0".repeat(64))).toEqual([]);
  });
});
