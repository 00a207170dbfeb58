import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { LIMITS } from "@/lib/newsroom/editor/translation-fields";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

// Issue 25, item 2: a body past the actions' own cap on absurd input (four
// times the body limit) was refused as a whole form, with no word by the
// body field. The session is the one thing stood in for: the member is real.
const signedIn = vi.hoisted(() => ({ user: null as NewsroomUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => signedIn.user }));

const { saveTranslationAction } = await import("@/lib/actions/newsroom/translation-actions");
const { createStoryAction } = await import("@/lib/actions/newsroom/story-form-actions");

let prisma: PrismaClient;
seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  signedIn.user = await createMember(prisma, "EDITOR", "body-limit@example.com");
});

const hugeBody = "كلمة ".repeat(LIMITS.body).slice(0, LIMITS.body * 4 + 1);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("a story body far past its limit", () => {
  it("is refused by the body field of the translation editor, with the typed text kept", async () => {
    const story = await prisma.story.findFirstOrThrow({ orderBy: { id: "asc" } });
    const state = await saveTranslationAction(
      { values: {} as never, baseRevision: null, errors: {}, problem: null, theirs: null },
      form({
        uiLocale: "ar",
        storyId: String(story.id),
        target: "ar",
        slug: "khabar",
        headline: "عنوان",
        dek: "ملخص",
        body: hugeBody,
        leadImageAlt: "",
      }),
    );
    expect(state.errors).toEqual({ body: "tooLong" });
    expect(state.problem).toBe("invalid");
    expect(state.values.body).toBe(hugeBody);
  });

  it("is refused by the body field of a new story, with the typed text kept", async () => {
    const section = await prisma.section.findFirstOrThrow();
    const state = await createStoryAction(
      { values: {}, errors: {}, problem: null },
      form({
        uiLocale: "en",
        kind: "news",
        sourceLocale: "ar",
        sectionId: String(section.id),
        slug: "khabar",
        headline: "عنوان",
        dek: "ملخص",
        body: hugeBody,
        leadImageAlt: "",
      }),
    );
    expect(state.errors).toEqual({ body: "tooLong" });
    expect(state.values.body).toBe(hugeBody);
  });
});
