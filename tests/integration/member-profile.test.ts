import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadMemberProfile, updateMemberProfile } from "@/lib/newsroom/people/member-profile";
import { memberNames } from "@/lib/newsroom/people/member-names";
import type { ProfileValues } from "@/lib/newsroom/people/profile-fields";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { loadInbox } from "@/lib/notifications/inbox";
import { claimTranslation, liveClaims, takeOverClaim } from "@/lib/translation-desk/claims";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let admin: NewsroomUser;
let lina: NewsroomUser;
let karim: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  admin = await createMember(prisma, "ADMIN", "admin@example.com");
  lina = await createMember(prisma, "TRANSLATOR", "lina@example.com", ["ar"]);
  karim = await createMember(prisma, "EDITOR", "karim@example.com");
});

const profile = (changes: Partial<ProfileValues>): ProfileValues => ({
  names: { en: "", ar: "" },
  gender: "",
  newsroomLocale: "",
  emailNotifications: true,
  ...changes,
});

describe("member profiles", () => {
  it("a member names themselves per language and sets their gender and emails", async () => {
    const result = await updateMemberProfile(
      lina,
      lina.id,
      profile({
        names: { en: "  Lina   Aoun ", ar: "لينا عون" },
        gender: "FEMININE",
        newsroomLocale: "ar",
        emailNotifications: false,
      }),
    );
    expect(result).toEqual({ ok: true });
    expect(await loadMemberProfile(lina.id)).toMatchObject({
      names: { en: "Lina Aoun", ar: "لينا عون" },
      gender: "FEMININE",
      newsroomLocale: "ar",
      emailNotifications: false,
    });
    expect((await memberNames([lina.id], "ar")).get(lina.id)).toEqual({ name: "لينا عون", gender: "female" });
    // An emptied name is no name: the account name shows again.
    await updateMemberProfile(lina, lina.id, profile({ names: { en: "", ar: "لينا عون" } }));
    expect((await memberNames([lina.id], "en")).get(lina.id)).toEqual({
      name: "lina@example.com",
      gender: "other",
    });
    expect(await prisma.auditEntry.count()).toBe(0);
  });

  it("refuses invisible direction marks and names past the limit, changing nothing", async () => {
    expect(
      await updateMemberProfile(lina, lina.id, profile({ names: { en: "Lina\u202E", ar: "ل".repeat(121) } })),
    ).toEqual({ ok: false, kind: "invalid", errors: { en: "invalidCharacters", ar: "tooLong" } });
    expect(await prisma.userDisplayName.count()).toBe(0);
  });

  it("an admin sets another member's names and gender, audited, but never their emails", async () => {
    const result = await updateMemberProfile(
      admin,
      karim.id,
      profile({
        names: { en: "Karim Nassar", ar: "كريم نصّار" },
        gender: "MASCULINE",
        emailNotifications: false,
      }),
    );
    expect(result).toEqual({ ok: true });
    expect(await loadMemberProfile(karim.id)).toMatchObject({
      gender: "MASCULINE",
      emailNotifications: true,
    });
    const entry = await prisma.auditEntry.findFirstOrThrow();
    expect(entry).toMatchObject({
      action: "user.profile",
      actorId: admin.id,
      subject: "user:karim@example.com",
      details: { displayNames: { en: "Karim Nassar", ar: "كريم نصّار" }, gender: "MASCULINE" },
    });
    expect(await updateMemberProfile(karim, lina.id, profile({}))).toEqual({ ok: false, kind: "forbidden" });
    expect(await updateMemberProfile(admin, "nobody", profile({}))).toEqual({ ok: false, kind: "not-found" });
  });

  it("the Arabic newsroom names members by their Arabic names, with their gender", async () => {
    await updateMemberProfile(
      lina,
      lina.id,
      profile({ names: { en: "", ar: "لينا عون" }, gender: "FEMININE" }),
    );
    const source = stories.find((s) => s.translations.en && !s.translations.ar && s.sourceLocale === "en")!;
    const storyId = (await prisma.story.findUniqueOrThrow({ where: { key: source.key } })).id;
    await claimTranslation(karim, storyId, "ar");
    await takeOverClaim(lina, storyId, "ar");
    expect((await liveClaims([storyId], "ar", "ar")).get(storyId)).toMatchObject({
      name: "لينا عون",
      gender: "female",
    });
    expect((await liveClaims([storyId], "ar", "en")).get(storyId)).toMatchObject({
      name: "lina@example.com",
    });
    const [taken] = await loadInbox(karim.id, "ar");
    expect(taken).toMatchObject({ kind: "claim_taken_over", actor: "لينا عون", actorGender: "female" });
  });
});
