import type { SeedStory } from "@/prisma/content/types";
import { bilingualStory, demoStory } from "@/tests/e2e/demo-stories";

// The answer each kind of member gets from every newsroom page (and from the
// preview, which only members may see); anonymous visitors are sent to sign
// in. tests/unit/newsroom-page-inventory.test.ts fails when a page under
// app/[locale]/newsroom or app/[locale]/preview has no row here, so a new
// page cannot be left out. `[storyId]` is the id of `ACCESS_STORY`.
export type PageAccess = { translator: number; editor: number; admin: number };

const ALL = { translator: 200, editor: 200, admin: 200 };
const EDITORS = { translator: 403, editor: 200, admin: 200 };
const ADMINS = { translator: 403, editor: 403, admin: 200 };

/** A bilingual story; the translator in these rows works in Arabic. */
export const ACCESS_STORY: SeedStory = bilingualStory;

export const NEWSROOM_PAGE_ACCESS: readonly (readonly [string, PageAccess])[] = [
  ["/en/newsroom", ALL],
  ["/en/newsroom/coverage", ALL],
  ["/en/newsroom/queue", ALL],
  ["/en/newsroom/inbox", ALL],
  ["/en/newsroom/account", ALL],
  ["/en/newsroom/stories/new", EDITORS],
  ["/en/newsroom/stories/[storyId]", ALL],
  ["/en/newsroom/stories/[storyId]/ar", ALL],
  ["/en/newsroom/stories/[storyId]/en", EDITORS],
  ["/en/newsroom/stories/[storyId]/en/history", EDITORS],
  // The demo's live coverage: translators translate its entries there.
  ["/en/newsroom/stories/[liveStoryId]/live", ALL],
  // Translators word their own language's captions there; only editors change the pictures.
  ["/en/newsroom/stories/[storyId]/gallery", ALL],
  ["/ar/preview/[storyId]", ALL],
  ["/en/preview/[storyId]", EDITORS],
  ["/en/newsroom/comments", EDITORS],
  ["/en/newsroom/topics", EDITORS],
  // Who may publish in a language may alert its readers: translators never publish.
  ["/en/newsroom/banner", EDITORS],
  // The note under opinion pieces speaks for the site: those who publish word it.
  ["/en/newsroom/opinion-disclaimer", EDITORS],
  ["/en/newsroom/glossary", ALL],
  // Name variants and broken plurals change every reader's search: editors keep them, as the glossary.
  ["/en/newsroom/search-words", EDITORS],
  // The sections are the site's menus: admins keep them, as users and settings.
  ["/en/newsroom/sections", ADMINS],
  ["/en/newsroom/users", ADMINS],
  ["/en/newsroom/audit", ADMINS],
];

/** Newsroom pages open to everyone, with the reason. */
export const PUBLIC_NEWSROOM_PAGES: Record<string, string> = {
  "/newsroom/sign-in": "where a session starts",
  "/newsroom/sign-in/link": "where an emailed sign-in link is asked for and used",
};

/** The demo's live coverage, for the live desk's row. */
export const LIVE_ACCESS_STORY: SeedStory = demoStory("winter-storm-live");

export function withStoryId(path: string, storyId: number, liveStoryId: number): string {
  return path.replace("[storyId]", String(storyId)).replace("[liveStoryId]", String(liveStoryId));
}
