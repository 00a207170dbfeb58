import type { Locale } from "next-intl";

/**
 * The web-font files a reading page's first screen is drawn in, per language:
 * body text (400) and headlines (700); on Arabic pages, the letters and, in a
 * file of their own, the digits and punctuation Arabic text uses. The root
 * layout preloads them; they are the font-display: swap faces of
 * app/styles/fonts.css, served from
 * public/fonts/ under a name that carries their hash (`npm run
 * fonts:subset`). tests/unit/fonts-core-faces.test.ts holds the two lists to
 * the stylesheet and the files.
 */
export const CORE_FACES: Record<Locale, readonly string[]> = {
  en: ["/fonts/source-serif-4-latin-400.02194deb.woff2", "/fonts/source-serif-4-latin-700.7691c51b.woff2"],
  ar: [
    "/fonts/noto-naskh-arabic-core-400.7e194992.woff2",
    "/fonts/noto-naskh-arabic-core-700.543de785.woff2",
    "/fonts/noto-naskh-arabic-punct-400.dc4cc272.woff2",
    "/fonts/noto-naskh-arabic-punct-700.62206586.woff2",
  ],
};
