import type { AppLocale } from "@/i18n/routing";

/**
 * Counts the view with a few lines of plain script (public/read-beacon.js)
 * that post the story's id: no cookie, and the page stays the same for
 * every reader, so it is still served from the caches.
 */
export function ReadBeacon({ storyId, locale }: { storyId: number; locale: AppLocale }) {
  return <script src="/read-beacon.js" data-story-id={storyId} data-locale={locale} async />;
}
