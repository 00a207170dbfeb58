import type { Locale } from "next-intl";

/**
 * Counts the view with a few lines of plain script (public/read-beacon.js,
 * kept hand-minified: its bytes go with every story page) that post the
 * story's id with sendBeacon once the page is visible, not while it is
 * prerendered or opened in a background tab. No cookie, and the page stays
 * the same for every reader, so it is still served from the caches.
 */
export function ReadBeacon({ storyId, locale }: { storyId: number; locale: Locale }) {
  return <script src="/read-beacon.js" data-story-id={storyId} data-locale={locale} async />;
}
