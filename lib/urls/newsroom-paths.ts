import type { AppLocale } from "@/i18n/routing";

const base = (locale: AppLocale) => `/${locale}/newsroom`;

/** Newsroom URLs. Kept under /{locale}/newsroom so the UI follows the locale's direction. */
export const newsroomPaths = {
  home: (locale: AppLocale) => base(locale),
  signIn: (locale: AppLocale, returnTo?: string) =>
    returnTo ? `${base(locale)}/sign-in?next=${encodeURIComponent(returnTo)}` : `${base(locale)}/sign-in`,
  audit: (locale: AppLocale) => `${base(locale)}/audit`,
  users: (locale: AppLocale) => `${base(locale)}/users`,
  /** The member's own profile, or (for admins) the member's with this id. */
  account: (locale: AppLocale, memberId?: string) =>
    memberId ? `${base(locale)}/account?member=${encodeURIComponent(memberId)}` : `${base(locale)}/account`,
  coverage: (locale: AppLocale) => `${base(locale)}/coverage`,
  queue: (locale: AppLocale) => `${base(locale)}/queue`,
  inbox: (locale: AppLocale) => `${base(locale)}/inbox`,
  comments: (locale: AppLocale) => `${base(locale)}/comments`,
  topics: (locale: AppLocale) => `${base(locale)}/topics`,
  glossary: (locale: AppLocale) => `${base(locale)}/glossary`,
  glossaryExport: (locale: AppLocale) => `${base(locale)}/glossary/export`,
  story: (locale: AppLocale, storyId: number) => `${base(locale)}/stories/${storyId}`,
  newStory: (locale: AppLocale) => `${base(locale)}/stories/new`,
  translation: (locale: AppLocale, storyId: number, target: AppLocale) =>
    `${base(locale)}/stories/${storyId}/${target}`,
  history: (locale: AppLocale, storyId: number, target: AppLocale) =>
    `${base(locale)}/stories/${storyId}/${target}/history`,
};

/** Only same-site newsroom paths may be returned to after signing in. */
export function safeReturnPath(locale: AppLocale, next: string | null | undefined): string {
  if (next && next.startsWith(`/${locale}/newsroom`) && !next.startsWith("//")) return next;
  return base(locale);
}
