import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeStatus, type WorkflowStep } from "@/lib/newsroom/workflow/change-status";
import { addCorrection } from "@/lib/newsroom/workflow/corrections";
import { can } from "@/lib/newsroom/access/permissions";
import { isGuardedAction } from "@/lib/newsroom/access/guarded-action";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { holdEditLock, takeOverEditLock } from "@/lib/newsroom/workflow/edit-lock";
import {
  assignTranslation,
  claimTranslation,
  releaseClaim,
  takeOverClaim,
} from "@/lib/translation-desk/claims";
import { restoreRevision } from "@/lib/newsroom/editor/revision-history";
import { cancelSchedule, scheduleChange } from "@/lib/newsroom/schedule/scheduled-changes";
import { dismissScheduleFailure } from "@/lib/newsroom/schedule/schedule-failures";
import { markAllRead, setReceivedKinds } from "@/lib/notifications/inbox";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { createStory, updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { addUser, changeRole, setUserDisabled } from "@/lib/newsroom/people/users";
import { deleteTerm, importGlossary, saveTerm } from "@/lib/glossary/glossary-commands";
import { addArabicPlural, removeArabicPlural } from "@/lib/search-words/arabic-plural-commands";
import {
  acceptGlossaryPair,
  deleteNameSet,
  dismissGlossaryPair,
  saveNameSet,
} from "@/lib/search-words/name-variant-commands";
import { updateMemberProfile } from "@/lib/newsroom/people/member-profile";
import type { ProfileValues } from "@/lib/newsroom/people/profile-fields";
import { createTopic, mergeTopics, renameTopic } from "@/lib/topics/topic-commands";
import { createSection, renameSection } from "@/lib/sections/section-commands";
import { moveSection, retireSection } from "@/lib/sections/section-lifecycle";
import {
  moderateComment,
  moderateComments,
  setCommentsClosed,
  setModerationMode,
} from "@/lib/comments/moderation";
import { stories } from "@/prisma/content/stories/index";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";
import { exportedServerActions } from "@/tests/setup/server-actions";
import { testDatabaseUrl } from "@/tests/setup/test-database";
import { installJobQueue } from "@/scripts/server/job-queue";
import { instantToZonedFields } from "@/lib/format/zoned-time";
import { endCoverage, setKeyPoints } from "@/lib/live/live-coverage-commands";
import { clearBanner, setBanner } from "@/lib/banner/banner-commands";
import { setOpinionDisclaimer } from "@/lib/opinion/opinion-disclaimer-commands";
import { deleteEntry, postEntry, saveEntryVersion, setEntryPinned } from "@/lib/live/live-entry-commands";
import {
  addGalleryImage,
  moveGalleryImage,
  removeGalleryImage,
  setGalleryWords,
} from "@/lib/newsroom/gallery/gallery-commands";
import { demoPicture } from "@/prisma/seed-pictures";

// Every newsroom action, run for real against PostgreSQL by each kind of
// member; the action's own server-side check must give the expected answer.
// Translators here work in Arabic: "own" is an Arabic version, "other" an English one.

type Actor = "anonymous" | "translatorOwn" | "translatorOther" | "editor" | "admin";
const ACTORS: Actor[] = ["anonymous", "translatorOwn", "translatorOther", "editor", "admin"];

let prisma: PrismaClient;
let members: Record<Exclude<Actor, "anonymous" | "translatorOther">, NewsroomUser>;
let storyId: number;

const englishSource = stories.find((s) => s.translations.en && s.translations.ar && s.sourceLocale === "en")!;

function who(actor: Actor): NewsroomUser | null {
  if (actor === "anonymous") return null;
  if (actor === "translatorOther") return members.translatorOwn;
  return members[actor];
}
// The locale an action targets for this actor: the translator's own or the other one.
const localeFor = (actor: Actor) => (actor === "translatorOther" ? "en" : "ar");

async function setStatus(locale: "en" | "ar", status: "DRAFT" | "IN_REVIEW" | "PUBLISHED") {
  await prisma.storyTranslation.updateMany({ where: { storyId, locale }, data: { status } });
}

async function current(locale: "en" | "ar") {
  return prisma.storyTranslation.findFirstOrThrow({ where: { storyId, locale } });
}

seedDemoDatabaseForEachTest((client) => (prisma = client));

// Scheduling writes its job into the queue's own schema.
beforeAll(async () => {
  await installJobQueue(testDatabaseUrl());
});

beforeEach(async () => {
  members = {
    translatorOwn: await createMember(prisma, "TRANSLATOR", "tr@example.com", ["ar"]),
    editor: await createMember(prisma, "EDITOR", "ed@example.com"),
    admin: await createMember(prisma, "ADMIN", "ad@example.com"),
  };
  storyId = (await prisma.story.findUniqueOrThrow({ where: { key: englishSource.key } })).id;
});

/** A section of the test's own (made without the rights being tested), named for `actor`. */
async function ownSection(actor: Actor): Promise<number> {
  const slug = `section-of-${actor.toLowerCase()}-${++termCount}`;
  const section = await prisma.section.create({
    data: {
      key: slug,
      position: 100 + termCount,
      translations: {
        create: [
          { locale: "en", name: slug, slug },
          { locale: "ar", name: "قسم", slug: `ar-${slug}` },
        ],
      },
    },
  });
  return section.id;
}

const sectionNames = (actor: Actor) => ({
  en: { name: `Desk of ${actor}`, slug: "" },
  ar: { name: "قسم تجريبي", slug: `desk-ar-${actor.toLowerCase()}-${++termCount}` },
});

/** A glossary term of the test's own, made without going through the rights being tested. */
let termCount = 0;
async function glossaryTerm(): Promise<number> {
  const n = ++termCount;
  const term = await prisma.glossaryTerm.create({
    data: {
      kind: "PERSON",
      names: {
        create: [
          { locale: "en", text: `Term ${n}`, key: `term ${n}` },
          { locale: "ar", text: `مصطلح ${n}`, key: `مصطلح ${n}` },
        ],
      },
    },
  });
  return term.id;
}

const allowed = (result: { ok: boolean; kind?: string }) => (result.ok ? "allowed" : result.kind);

/** The first picture of the demo's gallery (the opinion piece with every kind of media). */
const galleryImage = () =>
  prisma.storyGalleryImage.findFirstOrThrow({
    where: { story: { key: "cinema-seats-opinion" } },
    orderBy: { position: "asc" },
  });

const profile: ProfileValues = {
  names: { en: "Karim Nassar", ar: "كريم نصّار" },
  gender: "MASCULINE",
  newsroomLocale: "",
  emailNotifications: true,
};

// A save of the actor's target version with its headline changed.
async function saveEditedHeadline(actor: Actor): Promise<string | undefined> {
  const locale = localeFor(actor);
  const version = await current(locale);
  const fields = {
    slug: version.slug,
    headline: `${version.headline}!`,
    dek: version.dek,
    body: version.body,
  };
  return allowed(
    await saveTranslation(who(actor), {
      storyId,
      locale,
      baseRevision: version.revision,
      sourceRevision: 1,
      fields,
    }),
  );
}

/** The demo's live coverage (both languages published). */
async function liveStoryId(): Promise<number> {
  return (await prisma.story.findUniqueOrThrow({ where: { key: "winter-storm-live" } })).id;
}

/** An entry of the demo's live coverage written in `sourceLocale`, not yet translated. */
async function liveEntry(sourceLocale: "en" | "ar"): Promise<number> {
  const now = new Date();
  const entry = await prisma.liveEntry.create({
    data: {
      storyId: await liveStoryId(),
      sourceLocale,
      postedAt: now,
      translations: {
        create: { locale: sourceLocale, body: "Roads closed.", status: "PUBLISHED", publishedAt: now },
      },
    },
  });
  return entry.id;
}

const otherThan = (locale: "en" | "ar") => (locale === "ar" ? "en" : "ar");

/** A first translation, into the actor's target language, of an entry written in the other one. */
async function translateLiveEntry(actor: Actor, publish: boolean): Promise<string | undefined> {
  const locale = localeFor(actor);
  const entryId = await liveEntry(otherThan(locale));
  return allowed(
    await saveEntryVersion(who(actor), {
      entryId,
      locale,
      revision: 0,
      fields: { body: "Translated." },
      publish,
    }),
  );
}

// [anonymous, translator own locale, translator other locale, editor, admin]
type Row = [string, (actor: Actor) => Promise<string | undefined>, (string | undefined)[]];
const F = "forbidden";
const A = "allowed";

const matrix: Row[] = [
  [
    "post a live entry",
    async (actor) =>
      allowed(
        await postEntry(who(actor), {
          storyId: await liveStoryId(),
          locale: localeFor(actor),
          fields: { body: "The road reopens." },
        }),
      ),
    [F, F, F, A, A],
  ],
  ["translate a live entry as a draft", (actor) => translateLiveEntry(actor, false), [F, A, F, A, A]],
  ["publish a live entry's translation", (actor) => translateLiveEntry(actor, true), [F, F, F, A, A]],
  [
    "pin a live entry",
    async (actor) =>
      allowed(await setEntryPinned(who(actor), { entryId: await liveEntry("ar"), pinned: true })),
    [F, F, F, A, A],
  ],
  [
    "delete a live entry",
    async (actor) => allowed(await deleteEntry(who(actor), { entryId: await liveEntry("ar") })),
    [F, F, F, A, A],
  ],
  [
    "set a live page's key points",
    async (actor) =>
      allowed(
        await setKeyPoints(who(actor), {
          storyId: await liveStoryId(),
          locale: localeFor(actor),
          keyPoints: "- Roads closed",
        }),
      ),
    [F, F, F, A, A],
  ],
  [
    "set a language's breaking-news banner",
    async (actor) =>
      allowed(
        await setBanner(who(actor), {
          locale: localeFor(actor),
          text: "Roads closed on the coast",
          link: "/ar",
          ...instantToZonedFields(new Date(Date.now() + 3_600_000), "UTC"),
          timeZone: "UTC",
        }),
      ),
    [F, F, F, A, A],
  ],
  [
    "word the note under a language's opinion pieces",
    async (actor) =>
      allowed(
        await setOpinionDisclaimer(who(actor), {
          locale: localeFor(actor),
          text: "Views are the writer's own.",
        }),
      ),
    [F, F, F, A, A],
  ],
  [
    "take down a language's breaking-news banner",
    async (actor) => allowed(await clearBanner(who(actor), { locale: localeFor(actor) })),
    [F, F, F, A, A],
  ],
  [
    "end live coverage",
    async (actor) => {
      const id = await liveStoryId();
      await prisma.story.update({ where: { id }, data: { liveEndedAt: null } });
      return allowed(await endCoverage(who(actor), { storyId: id }));
    },
    [F, F, F, A, A],
  ],
  [
    "save a draft translation",
    async (actor) => {
      await setStatus(localeFor(actor), "DRAFT");
      return saveEditedHeadline(actor);
    },
    [F, A, F, A, A],
  ],
  ["save a draft over a published version", saveEditedHeadline, [F, A, F, A, A]],
  ...(
    [
      ["send for review", "submit", "DRAFT", [F, A, F, A, A]],
      ["take back to draft", "withdraw", "IN_REVIEW", [F, A, F, A, A]],
      ["publish", "publish", "IN_REVIEW", [F, F, F, A, A]],
      ["unpublish", "unpublish", "PUBLISHED", [F, F, F, A, A]],
    ] as [string, WorkflowStep, "DRAFT" | "IN_REVIEW" | "PUBLISHED", string[]][]
  ).map(([what, step, from, expected]): Row => [
    what,
    async (actor) => {
      const locale = localeFor(actor);
      await setStatus(locale, from);
      return allowed(await changeStatus(who(actor), { storyId, locale, step, confirmed: true }));
    },
    expected,
  ]),
  [
    "add a correction note to a published version",
    async (actor) => {
      const locale = localeFor(actor);
      await setStatus(locale, "PUBLISHED");
      return allowed(
        await addCorrection(who(actor), { storyId, locale, kind: "correction", text: "A note." }),
      );
    },
    [F, F, F, A, A],
  ],
  [
    "publish a published version's forward draft",
    async (actor) => {
      const locale = localeFor(actor);
      await setStatus(locale, "PUBLISHED");
      const version = await current(locale);
      await saveTranslation(members.editor, {
        storyId,
        locale,
        baseRevision: version.revision,
        sourceRevision: 1,
        fields: {
          slug: version.slug,
          headline: `${version.headline}!`,
          dek: version.dek,
          body: version.body,
        },
      });
      return allowed(await changeStatus(who(actor), { storyId, locale, step: "publish" }));
    },
    [F, F, F, A, A],
  ],
  [
    "schedule a publish",
    async (actor) => {
      // A draft with nothing else scheduled, so that a publish at the chosen minute is possible.
      await setStatus(localeFor(actor), "DRAFT");
      await prisma.scheduledChange.deleteMany();
      return allowed(
        await scheduleChange(who(actor), {
          storyId,
          locale: localeFor(actor),
          step: "publish",
          runAt: new Date(Date.now() + 3_600_000),
        }),
      );
    },
    [F, F, F, A, A],
  ],
  [
    "cancel a scheduled publish",
    async (actor) => {
      await setStatus(localeFor(actor), "DRAFT");
      await prisma.scheduledChange.deleteMany();
      const made = await scheduleChange(members.editor, {
        storyId,
        locale: localeFor(actor),
        step: "publish",
        runAt: new Date(Date.now() + 3_600_000),
      });
      return allowed(await cancelSchedule(who(actor), { scheduleId: made.ok ? made.scheduleId : 0 }));
    },
    [F, F, F, A, A],
  ],
  [
    "take over an edit lock",
    async (actor) => allowed(await takeOverEditLock(who(actor), storyId, localeFor(actor))),
    [F, A, F, A, A],
  ],
  [
    "hold an edit lock (heartbeat)",
    async (actor) => {
      const user = who(actor);
      if (!user) return F;
      // Each member finds the version free: the lock itself is tested elsewhere.
      await prisma.editLock.deleteMany();
      return (await holdEditLock(user, storyId, localeFor(actor), "en")).held ? A : F;
    },
    [F, A, F, A, A],
  ],
  [
    "dismiss the notice of a failed schedule",
    async (actor) => {
      const failed = await prisma.scheduledChange.create({
        data: {
          storyId,
          locale: localeFor(actor),
          step: "publish",
          runAt: new Date(Date.now() - 60_000),
          ranAt: new Date(),
          outcome: "not-allowed-now",
        },
      });
      return allowed(await dismissScheduleFailure(who(actor), failed.id));
    },
    [F, F, F, A, A],
  ],
  [
    "mark one's notifications read",
    async (actor) => {
      const user = who(actor);
      if (!user) return F;
      await markAllRead(user);
      return A;
    },
    [F, A, A, A, A],
  ],
  [
    "choose the notifications one receives",
    async (actor) => {
      const user = who(actor);
      if (!user) return F;
      await setReceivedKinds(user, ["review_requested"]);
      return (await prisma.notificationMute.count({ where: { userId: user.id } })) > 0 ? A : F;
    },
    [F, A, A, A, A],
  ],
  [
    "change one's own display names and gender",
    async (actor) => {
      const user = who(actor);
      return allowed(await updateMemberProfile(user, user?.id ?? members.editor.id, profile));
    },
    [F, A, A, A, A],
  ],
  [
    "change another member's display names and gender",
    async (actor) =>
      allowed(
        await updateMemberProfile(
          who(actor),
          members.editor.id === who(actor)?.id ? members.admin.id : members.editor.id,
          profile,
        ),
      ),
    [F, F, F, F, A],
  ],
  [
    "claim a translation",
    async (actor) => {
      await prisma.translationClaim.deleteMany();
      return allowed(await claimTranslation(who(actor), storyId, localeFor(actor)));
    },
    [F, A, F, A, A],
  ],
  [
    "take over a translation claim",
    async (actor) => allowed(await takeOverClaim(who(actor), storyId, localeFor(actor))),
    [F, A, F, A, A],
  ],
  [
    "release a translation claim",
    async (actor) => {
      // Each member holds the claim it releases: who else may release is tested elsewhere.
      await prisma.translationClaim.deleteMany();
      const user = who(actor);
      if (user)
        await prisma.translationClaim.create({
          data: { storyId, locale: localeFor(actor), userId: user.id },
        });
      return allowed(await releaseClaim(user, storyId, localeFor(actor)));
    },
    [F, A, F, A, A],
  ],
  [
    "assign a translation to a member",
    async (actor) =>
      allowed(await assignTranslation(who(actor), storyId, localeFor(actor), members.translatorOwn.id)),
    [F, F, F, A, A],
  ],
  [
    "restore a revision of a draft",
    async (actor) => {
      const locale = localeFor(actor);
      await setStatus(locale, "DRAFT");
      const version = await current(locale);
      return allowed(
        await restoreRevision(who(actor), {
          storyId,
          locale,
          number: 1,
          baseRevision: version.revision,
          confirmed: true,
        }),
      );
    },
    [F, A, F, A, A],
  ],
  [
    "create a story",
    async (actor) =>
      allowed(
        await createStory(who(actor), {
          sourceLocale: localeFor(actor),
          sectionId: (await prisma.section.findFirstOrThrow()).id,
          authorIds: [],
          image: null,
          fields: { slug: `new-${actor}`, headline: "H", dek: "D", body: "B" },
        }),
      ),
    [F, F, F, A, A],
  ],
  [
    "change a story's section, authors and image",
    async (actor) =>
      allowed(
        await updateStoryDetails(who(actor), {
          storyId,
          sectionId: (await prisma.section.findFirstOrThrow()).id,
          authorIds: [],
          image: null,
        }),
      ),
    [F, F, F, A, A],
  ],
  [
    "add a picture to a story's gallery",
    async (actor) => {
      const { id, width, height } = demoPicture("film-festival.svg");
      return allowed(await addGalleryImage(who(actor), { storyId, mediaId: id, width, height }));
    },
    [F, F, F, A, A],
  ],
  [
    "move a picture in a story's gallery",
    async (actor) => {
      const image = await galleryImage();
      return allowed(
        await moveGalleryImage(who(actor), { storyId: image.storyId, imageId: image.id, direction: "later" }),
      );
    },
    [F, F, F, A, A],
  ],
  [
    "remove a picture from a story's gallery",
    async (actor) => {
      const image = await galleryImage();
      return allowed(await removeGalleryImage(who(actor), { storyId: image.storyId, imageId: image.id }));
    },
    [F, F, F, A, A],
  ],
  [
    "word a gallery picture's caption, alt and credit in one language",
    async (actor) => {
      const image = await galleryImage();
      return allowed(
        await setGalleryWords(who(actor), {
          storyId: image.storyId,
          imageId: image.id,
          locale: localeFor(actor),
          caption: `Caption by ${actor}`,
          alt: `Alt by ${actor}`,
        }),
      );
    },
    [F, A, F, A, A],
  ],
  [
    "add a topic",
    async (actor) => allowed(await createTopic(who(actor), { en: { name: `Topic of ${actor}`, slug: "" } })),
    [F, F, F, A, A],
  ],
  [
    "rename a topic",
    async (actor) => {
      const topic = await prisma.topic.findFirstOrThrow({ orderBy: { id: "asc" } });
      return allowed(
        await renameTopic(who(actor), topic.id, { en: { name: `Renamed by ${actor}`, slug: "" } }),
      );
    },
    [F, F, F, A, A],
  ],
  [
    "merge two topics",
    async (actor) => {
      const [from, into] = await prisma.topic.findMany({ orderBy: { id: "asc" }, take: 2 });
      return allowed(await mergeTopics(who(actor), from!.id, into!.id));
    },
    [F, F, F, A, A],
  ],
  [
    "add a glossary term",
    async (actor) =>
      allowed(
        await saveTerm(who(actor), null, {
          kind: "PERSON",
          names: { en: `Person of ${actor}`, ar: `شخص ${actor}` },
          note: "",
        }),
      ),
    [F, F, F, A, A],
  ],
  [
    "change a glossary term",
    async (actor) => {
      const term = await glossaryTerm();
      return allowed(
        await saveTerm(who(actor), term, {
          kind: "PLACE",
          names: { en: `Place ${actor}`, ar: `مكان ${actor}` },
          note: "",
        }),
      );
    },
    [F, F, F, A, A],
  ],
  [
    "remove a glossary term",
    async (actor) => allowed(await deleteTerm(who(actor), await glossaryTerm())),
    [F, F, F, A, A],
  ],
  [
    "import glossary terms",
    async (actor) =>
      allowed(await importGlossary(who(actor), `kind,en,ar\nplace,Tyre ${actor},صور ${actor}\n`)),
    [F, F, F, A, A],
  ],
  [
    "add a set of name variants",
    async (actor) => allowed(await saveNameSet(who(actor), null, `Place ${actor}\nمكان ${actor}`)),
    [F, F, F, A, A],
  ],
  [
    "change a set of name variants",
    async (actor) => {
      const set = await prisma.nameVariant.findFirstOrThrow({ where: { key: "byblos" } });
      return allowed(await saveNameSet(who(actor), set.setId, `Byblos\nJbeil\nGebal ${actor}`));
    },
    [F, F, F, A, A],
  ],
  [
    "delete a set of name variants",
    async (actor) => {
      const set = await prisma.nameVariantSet.create({
        data: { spellings: { create: [{ spelling: `Set ${actor}`, key: `set ${actor}` }] } },
      });
      return allowed(await deleteNameSet(who(actor), set.id));
    },
    [F, F, F, A, A],
  ],
  [
    "accept a glossary pair as name variants",
    async (actor) => allowed(await acceptGlossaryPair(who(actor), await glossaryTerm())),
    [F, F, F, A, A],
  ],
  [
    "dismiss a glossary pair as name variants",
    async (actor) => allowed(await dismissGlossaryPair(who(actor), await glossaryTerm())),
    [F, F, F, A, A],
  ],
  [
    "add an Arabic broken plural",
    async (actor) => {
      const letters = { anonymous: "ا", translatorOwn: "ب", translatorOther: "ت", editor: "ث", admin: "ج" };
      return allowed(
        await addArabicPlural(who(actor), {
          singular: `${letters[actor]}رد`,
          plural: `${letters[actor]}رود`,
        }),
      );
    },
    [F, F, F, A, A],
  ],
  [
    "remove an Arabic broken plural",
    async (actor) => {
      const row = await prisma.arabicPlural.findFirstOrThrow({ orderBy: { id: "desc" } });
      return allowed(await removeArabicPlural(who(actor), row.id));
    },
    [F, F, F, A, A],
  ],
  [
    "change a member's role",
    async (actor) =>
      allowed(await changeRole(who(actor), { userId: members.editor.id, role: "EDITOR", locales: [] })),
    [F, F, F, F, A],
  ],
  [
    "add a member",
    async (actor) =>
      allowed(
        await addUser(who(actor), {
          email: `new-${actor}@example.com`,
          name: "New",
          password: "long-enough-1",
          role: "TRANSLATOR",
          locales: ["ar"],
        }),
      ),
    [F, F, F, F, A],
  ],
  [
    "disable a member",
    async (actor) =>
      allowed(
        await setUserDisabled(who(actor), { userId: members.editor.id, disabled: true, confirmed: true }),
      ),
    [F, F, F, F, A],
  ],
  [
    "moderate a comment",
    async (actor) => {
      const comment = await prisma.comment.create({
        data: {
          storyId,
          locale: "en",
          authorName: "R",
          body: "B",
          bodyHash: `h-${actor}`,
          readerId: "r",
          addressHash: "a",
        },
      });
      return allowed(await moderateComment(who(actor), comment.id, "hide"));
    },
    [F, F, F, A, A],
  ],
  [
    "moderate several comments at once",
    async (actor) => {
      const comment = await prisma.comment.create({
        data: {
          storyId,
          locale: "en",
          authorName: "R",
          body: "B",
          bodyHash: `bulk-${actor}`,
          readerId: "r",
          addressHash: "a",
        },
      });
      return allowed(await moderateComments(who(actor), [comment.id], "hide"));
    },
    [F, F, F, A, A],
  ],
  [
    "close a story's comments",
    async (actor) => allowed(await setCommentsClosed(who(actor), storyId, true)),
    [F, F, F, A, A],
  ],
  [
    "switch comment moderation mode",
    async (actor) => allowed(await setModerationMode(who(actor), "pre")),
    [F, F, F, F, A],
  ],
  [
    "add a section",
    async (actor) => allowed(await createSection(who(actor), sectionNames(actor))),
    [F, F, F, F, A],
  ],
  [
    "rename a section",
    async (actor) => allowed(await renameSection(who(actor), await ownSection(actor), sectionNames(actor))),
    [F, F, F, F, A],
  ],
  [
    "move a section in the menus",
    async (actor) => allowed(await moveSection(who(actor), await ownSection(actor), "up")),
    [F, F, F, F, A],
  ],
  [
    "retire a section",
    async (actor) => allowed(await retireSection(who(actor), await ownSection(actor))),
    [F, F, F, F, A],
  ],
  ...(
    [
      ["enter the newsroom", "newsroom.enter", [F, A, A, A, A]],
      ["keep the sections", "sections.manage", [F, F, F, F, A]],
      ["read translation coverage", "coverage.read", [F, A, A, A, A]],
      ["read the audit log", "audit.read", [F, F, F, F, A]],
      ["manage users", "users.manage", [F, F, F, F, A]],
    ] as const
  ).map(([what, type, expected]): Row => [
    `page: ${what}`,
    async (actor) => (can(who(actor), { type }) ? A : F),
    [...expected],
  ]),
  [
    "page: preview an unpublished version",
    async (actor) => (can(who(actor), { type: "translation.preview", locale: localeFor(actor) }) ? A : F),
    [F, A, F, A, A],
  ],
];

// Which rows prove each guarded Server Action's own check. The test below
// finds the actions by reading the source, so a new one needs rows here.
const ACTION_ROWS: Record<string, string[]> = {
  saveTranslationAction: ["save a draft translation", "save a draft over a published version"],
  changeStatusAction: [
    "send for review",
    "take back to draft",
    "publish",
    "unpublish",
    "publish a published version's forward draft",
  ],
  heartbeatLockAction: ["hold an edit lock (heartbeat)"],
  takeOverLockAction: ["take over an edit lock"],
  claimAction: ["claim a translation"],
  markAllReadAction: ["mark one's notifications read"],
  receivedKindsAction: ["choose the notifications one receives"],
  takeOverClaimAction: ["take over a translation claim"],
  releaseClaimAction: ["release a translation claim"],
  assignClaimAction: ["assign a translation to a member"],
  restoreRevisionAction: ["restore a revision of a draft"],
  addCorrectionAction: ["add a correction note to a published version"],
  scheduleChangeAction: ["schedule a publish"],
  cancelScheduleAction: ["cancel a scheduled publish"],
  dismissScheduleFailureAction: ["dismiss the notice of a failed schedule"],
  createStoryAction: ["create a story"],
  updateDetailsAction: ["change a story's section, authors and image"],
  createTopicAction: ["add a topic"],
  uploadGalleryImageAction: ["add a picture to a story's gallery"],
  moveGalleryImageAction: ["move a picture in a story's gallery"],
  removeGalleryImageAction: ["remove a picture from a story's gallery"],
  setGalleryWordsAction: ["word a gallery picture's caption, alt and credit in one language"],
  createTermAction: ["add a glossary term"],
  updateTermAction: ["change a glossary term"],
  deleteTermAction: ["remove a glossary term"],
  importGlossaryAction: ["import glossary terms"],
  createNameSetAction: ["add a set of name variants"],
  updateNameSetAction: ["change a set of name variants"],
  deleteNameSetAction: ["delete a set of name variants"],
  acceptGlossaryPairAction: ["accept a glossary pair as name variants"],
  dismissGlossaryPairAction: ["dismiss a glossary pair as name variants"],
  addArabicPluralAction: ["add an Arabic broken plural"],
  removeArabicPluralAction: ["remove an Arabic broken plural"],
  renameTopicAction: ["rename a topic"],
  mergeTopicsAction: ["merge two topics"],
  createSectionAction: ["add a section"],
  renameSectionAction: ["rename a section"],
  moveSectionAction: ["move a section in the menus"],
  retireSectionAction: ["retire a section"],
  changeRoleAction: ["change a member's role"],
  addUserAction: ["add a member"],
  setAccessAction: ["disable a member"],
  saveProfileAction: [
    "change one's own display names and gender",
    "change another member's display names and gender",
  ],
  moderateAction: ["moderate a comment"],
  bulkModerateAction: ["moderate several comments at once"],
  closeCommentsAction: ["close a story's comments"],
  moderationModeAction: ["switch comment moderation mode"],
  postEntryAction: ["post a live entry"],
  saveEntryVersionAction: ["translate a live entry as a draft", "publish a live entry's translation"],
  pinEntryAction: ["pin a live entry"],
  deleteEntryAction: ["delete a live entry"],
  keyPointsAction: ["set a live page's key points"],
  endCoverageAction: ["end live coverage"],
  setBannerAction: ["set a language's breaking-news banner"],
  clearBannerAction: ["take down a language's breaking-news banner"],
  setOpinionDisclaimerAction: ["word the note under a language's opinion pieces"],
};

describe("action inventory", () => {
  it("has matrix rows for every guarded Server Action", async () => {
    const guarded = (await exportedServerActions())
      .filter((action) => isGuardedAction(action.value))
      .map((action) => action.name);
    expect(guarded.sort()).toEqual(Object.keys(ACTION_ROWS).sort());
    const titles = matrix.map(([what]) => what);
    expect(
      Object.values(ACTION_ROWS)
        .flat()
        .filter((title) => !titles.includes(title)),
    ).toEqual([]);
  });
});

describe("authorization matrix", () => {
  for (const [what, run, expected] of matrix) {
    it(what, async () => {
      const outcomes: (string | undefined)[] = [];
      for (const actor of ACTORS) {
        outcomes.push(await run(actor));
      }
      expect(Object.fromEntries(ACTORS.map((actor, i) => [actor, outcomes[i]]))).toEqual(
        Object.fromEntries(ACTORS.map((actor, i) => [actor, expected[i]])),
      );
    });
  }

  it("a refused action changes nothing", async () => {
    const before = await current("ar");
    await changeStatus(members.translatorOwn, { storyId, locale: "ar", step: "unpublish" });
    await changeRole(members.editor, { userId: members.admin.id, role: "TRANSLATOR", locales: [] });
    expect(await current("ar")).toEqual(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: members.admin.id } })).role).toBe("ADMIN");
    expect(await prisma.auditEntry.count()).toBe(0);
  });

  it("the last admin cannot be demoted, even by themselves", async () => {
    expect(
      await changeRole(members.admin, { userId: members.admin.id, role: "EDITOR", locales: [] }),
    ).toEqual({
      ok: false,
      kind: "last-admin",
    });
  });
});
