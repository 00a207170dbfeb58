import { IMAGE_FORM_BYTES } from "@/lib/newsroom/media/image-limits";

const KB = 1024;
const MB = 1024 * KB;

/**
 * The largest request body each route accepts, checked by the server before
 * Next reads a byte. The first matching row wins; paths are without the
 * query string. Server Actions post to the page that renders their form.
 */
const LIMITS: ReadonlyArray<{ path: RegExp; bytes: number }> = [
  // Vote and report forms: a few ids, a locale and a percent-encoded slug
  // (80 Arabic letters are 480 bytes encoded); a real one is under 700 bytes.
  { path: /^\/api\/comments\/(?:vote|report)$/, bytes: 1 * KB },
  // The read beacon: a story id and a locale.
  { path: /^\/api\/reads$/, bytes: 1 * KB },
  // Sign-in: an email and a password.
  { path: /^\/(?:en|ar)\/newsroom\/sign-in$/, bytes: 8 * KB },
  // Story creation and details carry a lead image plus the form.
  { path: /^\/(?:en|ar)\/newsroom\/stories\/(?:new|\d+)$/, bytes: IMAGE_FORM_BYTES },
  // A translation save: up to 50,000 characters of body, which Arabic and
  // encoding can triple, plus headline, summary and the form's last state.
  { path: /^\/(?:en|ar)\/newsroom\/stories\/\d+\/[^/]+$/, bytes: 1 * MB },
  // A reader's comment: at most 2,000 UTF-16 units, so at most 6,000 bytes of
  // UTF-8; a form posted without JavaScript carries the typed text twice (the
  // fields and the form's previous state), plus name, email and React's fields.
  { path: /^\/(?:en|ar)\/story\/[^/]+(?:\/comments\/\d+)?$/, bytes: 16 * KB },
];

/** Everything else: newsroom moderation, users, status changes and the like. */
const DEFAULT_LIMIT = 64 * KB;

export function bodyLimitFor(pathname: string): number {
  return LIMITS.find((row) => row.path.test(pathname))?.bytes ?? DEFAULT_LIMIT;
}
