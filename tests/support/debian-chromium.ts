import { existsSync } from "node:fs";

// Debian's chromium when present (machines without Playwright's own
// browsers), for the e2e tests and the Lighthouse bench alike. Without the
// background-networking flags it keeps calling home on a closed network.
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export const chromiumPath: string | undefined = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
