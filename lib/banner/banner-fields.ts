import { zonedMinuteToInstant } from "@/lib/format/zoned-time";

/** One line that fits a phone's width in two lines at most. */
export const MAX_BANNER_TEXT = 140;
export const MAX_BANNER_LINK = 500;
/** A breaking alert is for the hours of the event; anything longer is a story. */
export const MAX_BANNER_HOURS = 48;

export type BannerTextError = "required" | "tooLong" | "oneLine";
export type BannerLinkError = "required" | "tooLong" | "linkInvalid";
export type BannerExpiryError = "expiryInvalid" | "expiryPast" | "expiryTooFar";

export interface BannerErrors {
  text?: BannerTextError;
  link?: BannerLinkError;
  expiry?: BannerExpiryError;
}

export interface BannerInput {
  text: string;
  link: string;
  /** The expiry's wall-clock minute in the newsroom's time zone, as the date and time fields send it. */
  date: string;
  time: string;
}

export interface BannerValues {
  text: string;
  link: string;
  expiresAt: Date;
}

// Line breaks, other control characters and the bidi embedding, override
// and isolate controls: the banner is one line, and its own <bdi> decides
// its direction, so a pasted U+202E cannot turn the rest of the page around.
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function textError(text: string): BannerTextError | undefined {
  if (text === "") return "required";
  if (NOT_ONE_LINE.test(text)) return "oneLine";
  if ([...text].length > MAX_BANNER_TEXT) return "tooLong";
  return undefined;
}

/** A path on this site ("/en/story/…") or an https address without credentials; null otherwise. */
export function safeBannerLink(link: string): string | null {
  if (/[\s\\\u0000-\u001f\u007f]/.test(link)) return null;
  if (link.startsWith("/")) {
    if (link.startsWith("//")) return null;
    const url = new URL(link, "https://site.invalid");
    return url.origin === "https://site.invalid" ? url.pathname + url.search + url.hash : null;
  }
  if (!URL.canParse(link)) return null;
  const url = new URL(link);
  if (url.protocol !== "https:" || url.username || url.password || !url.hostname.includes(".")) return null;
  return url.href;
}

function linkError(link: string): BannerLinkError | undefined {
  if (link === "") return "required";
  if (link.length > MAX_BANNER_LINK) return "tooLong";
  return safeBannerLink(link) === null ? "linkInvalid" : undefined;
}

/**
 * The banner an editor typed, checked: one line of text, a safe link, and
 * an expiry in the future, at most 48 hours away, entered as a minute of
 * the newsroom's clock.
 */
export function parseBanner(
  input: BannerInput,
  timeZone: string,
  now = Date.now(),
): { ok: true; values: BannerValues } | { ok: false; errors: BannerErrors } {
  const text = input.text.trim();
  const link = input.link.trim();
  const expiresAt = zonedMinuteToInstant(input.date, input.time, timeZone);
  const expiry: BannerExpiryError | undefined =
    expiresAt === null
      ? "expiryInvalid"
      : expiresAt.getTime() <= now
        ? "expiryPast"
        : expiresAt.getTime() > now + MAX_BANNER_HOURS * 3_600_000
          ? "expiryTooFar"
          : undefined;
  const errors: BannerErrors = { text: textError(text), link: linkError(link), expiry };
  if (errors.text || errors.link || errors.expiry || expiresAt === null) {
    return { ok: false, errors: Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) };
  }
  return { ok: true, values: { text, link: safeBannerLink(link)!, expiresAt } };
}
