import type { Locale } from "next-intl";

const base = (locale: Locale) => `/${locale}/newsroom`;

/** Newsroom URLs. Kept under /{locale}/newsroom so the UI follows the locale's direction. */
export const newsroomPaths = {
  home: (locale: Locale) => base(locale),
  signIn: (locale: Locale, returnTo?: string) =>
    returnTo ? `${base(locale)}/sign-in?next=${encodeURIComponent(returnTo)}` : `${base(locale)}/sign-in`,
  /** Where an emailed sign-in link is asked for, and, with its token, confirmed. */
  signInLink: (locale: Locale, token?: string) =>
    token
      ? `${base(locale)}/sign-in/link?token=${encodeURIComponent(token)}`
      : `${base(locale)}/sign-in/link`,
  audit: (locale: Locale) => `${base(locale)}/audit`,
  users: (locale: Locale) => `${base(locale)}/users`,
  /** The member's own profile, or (for admins) the member's with this id. */
  account: (locale: Locale, memberId?: string) =>
    memberId ? `${base(locale)}/account?member=${encodeURIComponent(memberId)}` : `${base(locale)}/account`,
  coverage: (locale: Locale) => `${base(locale)}/coverage`,
  queue: (locale: Locale) => `${base(locale)}/queue`,
  inbox: (locale: Locale) => `${base(locale)}/inbox`,
  comments: (locale: Locale) => `${base(locale)}/comments`,
  topics: (locale: Locale) => `${base(locale)}/topics`,
  /** The sections (the site's menus): admins only. */
  sections: (locale: Locale) => `${base(locale)}/sections`,
  glossary: (locale: Locale) => `${base(locale)}/glossary`,
  /** Name variants and Arabic broken plurals, which search reads. */
  searchWords: (locale: Locale) => `${base(locale)}/search-words`,
  /** The breaking-news banner of each language. */
  banner: (locale: Locale) => `${base(locale)}/banner`,
  /** The note shown under opinion pieces, per language. */
  opinionDisclaimer: (locale: Locale) => `${base(locale)}/opinion-disclaimer`,
  glossaryExport: (locale: Locale) => `${base(locale)}/glossary/export`,
  story: (locale: Locale, storyId: number) => `${base(locale)}/stories/${storyId}`,
  newStory: (locale: Locale) => `${base(locale)}/stories/new`,
  /** A story's gallery: its pictures, their order and their words in each language. */
  gallery: (locale: Locale, storyId: number) => `${base(locale)}/stories/${storyId}/gallery`,
  /** A live story's desk: the composer, its entries in every language, key points, the end. */
  liveDesk: (locale: Locale, storyId: number) => `${base(locale)}/stories/${storyId}/live`,
  /** The live desk with one entry's form open in `target` (to translate or edit it). */
  liveEntryForm: (locale: Locale, storyId: number, entryId: number, target: Locale) =>
    `${base(locale)}/stories/${storyId}/live?edit=${entryId}&target=${target}#desk-entry-${entryId}`,
  translation: (locale: Locale, storyId: number, target: Locale) =>
    `${base(locale)}/stories/${storyId}/${target}`,
  history: (locale: Locale, storyId: number, target: Locale) =>
    `${base(locale)}/stories/${storyId}/${target}/history`,
};

// Control characters, spaces and the backslash (which browsers read as "/")
// are refused: a redirect's Location cannot carry CR/LF (they answered 500).
const UNSAFE = /[\u0000-\u0020\u007f\\]/;
const ANY_ORIGIN = "http://newsroom.invalid";

/** Only same-site newsroom paths may be returned to after signing in. */
export function safeReturnPath(locale: Locale, next: string | null | undefined): string {
  const fallback = base(locale);
  if (!next?.startsWith("/") || next.startsWith("//") || UNSAFE.test(next)) return fallback;
  // Resolved as the browser will (dot segments), and percent-encoded.
  const resolved = new URL(next, ANY_ORIGIN);
  const inside = resolved.pathname === fallback || resolved.pathname.startsWith(`${fallback}/`);
  return resolved.origin === ANY_ORIGIN && inside
    ? `${resolved.pathname}${resolved.search}${resolved.hash}`
    : fallback;
}
