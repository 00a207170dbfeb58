/** Marks the banner in a page, for the dismiss script (its version is the attribute's value). */
export const BANNER_SELECTOR = "[data-banner-version]";

/** Where a reader's browser keeps the version of the banner they hid. */
export const BANNER_DISMISSED_KEY = "news:banner-dismissed";
