import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queryMostRead } from "@/lib/reads/most-read";
import { countRead, purgeOldReads } from "@/lib/reads/read-counting";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
const browser =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
const noon = new Date("2026-11-26T12:20:00Z");
const hoursLater = (hours: number) => new Date(noon.getTime() + hours * 3_600_000);

async function storyIdOf(key: string): Promise<number> {
  return (await prisma.story.findUniqueOrThrow({ where: { key } })).id;
}

function read(storyId: number, clientIp: string, now = noon, userAgent: string | null = browser) {
  return countRead({ storyId, locale: "en", clientIp, userAgent, now });
}

seedDemoDatabaseForEachTest((client) => (prisma = client));
// The read digests are keyed with the site's secret, which the server sets at start.
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-read-digests";

describe("counting reads", () => {
  it("counts a reader once per story per hour, and again the next hour", async () => {
    const id = await storyIdOf("wildfire-season");
    expect(await read(id, "203.0.113.5")).toBe("counted");
    expect(await read(id, "203.0.113.5")).toBe("repeat");
    expect(await read(id, "203.0.113.6")).toBe("counted");
    expect(await read(id, "203.0.113.5", hoursLater(1))).toBe("counted");
    const hours = await prisma.storyReadHour.findMany({ where: { storyId: id }, orderBy: { hour: "asc" } });
    expect(hours.map((row) => row.reads)).toEqual([2, 1]);
  });

  it("refuses bots and tools, and never counts an unpublished version", async () => {
    const id = await storyIdOf("wildfire-season");
    expect(await read(id, "203.0.113.5", noon, "Googlebot/2.1 (+http://www.google.com/bot.html)")).toBe(
      "bot",
    );
    expect(await read(id, "203.0.113.5", noon, "curl/8.5.0")).toBe("bot");
    expect(await read(id, "203.0.113.5", noon, null)).toBe("bot");
    const arabicOnly = await storyIdOf("university-strike");
    expect(await read(arabicOnly, "203.0.113.5")).toBe("repeat");
    expect(await prisma.storyReadHour.count()).toBe(0);
  });

  it("keeps no address: only a digest, deleted after two hours, and counts for a month", async () => {
    const id = await storyIdOf("wildfire-season");
    await read(id, "203.0.113.5");
    const [sighting] = await prisma.readSighting.findMany();
    expect(sighting?.digest).not.toContain("203.0.113.5");
    await purgeOldReads(hoursLater(3));
    expect(await prisma.readSighting.count()).toBe(0);
    expect(await prisma.storyReadHour.count()).toBe(1);
    await purgeOldReads(hoursLater(31 * 24));
    expect(await prisma.storyReadHour.count()).toBe(0);
  });
});

describe("most read", () => {
  it("ranks the language's published stories by reads over the last 24 hours", async () => {
    const [a, b, c] = await Promise.all(
      ["wildfire-season", "film-festival", "jazz-nights"].map((key) => storyIdOf(key)),
    );
    for (const ip of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) await read(b!, ip);
    for (const ip of ["198.51.100.1", "198.51.100.2"]) await read(a!, ip);
    // Many reads, but more than 24 hours before: they no longer count.
    for (const ip of ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"]) {
      await read(c!, ip, hoursLater(-25));
    }
    const ranked = await queryMostRead("en", noon);
    expect(ranked.map((story) => story.storyId)).toEqual([b, a]);
    expect(await queryMostRead("ar", noon)).toEqual([]);

    await prisma.storyTranslation.update({
      where: { storyId_locale: { storyId: b!, locale: "en" } },
      data: { status: "DRAFT" },
    });
    expect((await queryMostRead("en", noon)).map((story) => story.storyId)).toEqual([a]);
  });
});
