import type { Locale } from "next-intl";

/**
 * The web-font files a reading page's first screen is drawn in, per language:
 * body text (400) and headlines (700): on English pages ASCII and the
 * punctuation and signs English news text uses; on Arabic pages the letters
 * and, in a file of their own, ASCII (digits, punctuation, the Latin letters
 * of quoted acronyms and of the header's "English"). The root
 * layout preloads them; they are the font-display: swap faces of
 * app/styles/fonts.css, served from
 * public/fonts/ under a name that carries their hash (`npm run
 * fonts:subset`). tests/unit/fonts-core-faces.test.ts holds the two lists to
 * the stylesheet and the files.
 */
export const CORE_FACES: Record<Locale, readonly string[]> = {
  en: ["/fonts/source-serif-4-core-400.0d060970.woff2", "/fonts/source-serif-4-core-700.1105de1f.woff2"],
  ar: [
    "/fonts/noto-naskh-arabic-core-400.7e194992.woff2",
    "/fonts/noto-naskh-arabic-core-700.543de785.woff2",
    "/fonts/noto-naskh-arabic-ascii-400.14cd2809.woff2",
    "/fonts/noto-naskh-arabic-ascii-700.ddb48ee7.woff2",
  ],
};
