import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { affectedTags } from "@/lib/newsroom/workflow/affected-tags";

/**
 * The cache tags of every published page that shows an upload: as a
 * story's lead image, in its gallery or in its body. A credit belongs to
 * the picture, so a new credit changes all of them. The body match scans
 * the published texts; credit changes are rare newsroom acts.
 */
export async function uploadPageTags(client: Prisma.TransactionClient, mediaId: string): Promise<string[]> {
  const src = `/media/${mediaId}`;
  const published = await client.storyTranslation.findMany({
    where: {
      status: "PUBLISHED",
      OR: [
        { story: { leadImageSrc: src } },
        { story: { galleryImages: { some: { mediaId } } } },
        { body: { contains: `${src} ` } },
        { body: { contains: `${src})` } },
      ],
    },
    select: { storyId: true, locale: true, slug: true },
  });
  return published.flatMap((t) => affectedTags(t.storyId, t.locale, [t.slug]));
}
