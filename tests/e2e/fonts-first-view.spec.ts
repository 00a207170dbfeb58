import { expect, test, type Page } from "@playwright/test";
import { CORE_FACES } from "@/lib/fonts/core-faces";
import { bilingualStory, storyUrl } from "./demo-stories";

// Issue 26, part 7: a reader who arrives from a shared link sees the intended
// type on that very page, not from the second one on. Each test runs in a
// fresh browser context (nothing cached) and asks Chromium which fonts it
// actually drew the text with (CSS.getPlatformFontsForNode), once the page's
// font loads are over (document.fonts.ready): with font-display: optional a
// first view was drawn in DejaVu; with the preload and swap it is the web font.

const LOCALES = ["en", "ar"] as const;
type Locale = (typeof LOCALES)[number];
const INTENDED: Record<Locale, string> = { en: "Source Serif 4", ar: "Noto Naskh Arabic" };

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

async function fontsDrawing(page: Page, selector: string): Promise<PlatformFont[]> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

/** The heights of a story's first-screen blocks, with the web fonts or (held back) their fallback faces. */
async function storyBlockHeights(page: Page, path: string, withWebFonts: boolean): Promise<number[]> {
  if (!withWebFonts) await page.route("**/*.woff2", (route) => route.abort());
  await page.goto(path);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page.evaluate(() =>
    ["main .story__headline", "main .story__dek", "main .story-body"].map(
      (selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? NaN,
    ),
  );
}

for (const locale of LOCALES) {
  test.describe(`first view in ${locale}`, () => {
    test("the page preloads its language's first-screen faces, with crossorigin", async ({ request }) => {
      const html = await (await request.get(`/${locale}`)).text();
      const preloads = [...html.matchAll(/<link[^>]*rel="preload"[^>]*as="font"[^>]*>/g)].map(([tag]) => tag);
      const hrefs = preloads.map((tag) => tag.match(/href="([^"]+)"/)?.[1]);
      expect(hrefs.sort()).toEqual([...CORE_FACES[locale]].sort());
      for (const tag of preloads) {
        expect(tag).toContain("crossorigin");
        expect(tag).toContain('type="font/woff2"');
      }
    });

    // A face fetched late (after the first layout, found only then) competes
    // with the page's scripts and image on a slow link: the header's language
    // link, Latin acronyms in Arabic text and the footer's © once did this.
    test("a story's first view fetches no font beyond the preloaded faces", async ({ page }) => {
      const fetched: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "font") fetched.push(new URL(request.url()).pathname);
      });
      await page.goto(storyUrl(bilingualStory, locale));
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      expect([...new Set(fetched)].sort()).toEqual([...CORE_FACES[locale]].sort());
    });

    const pages = [
      {
        name: "home page's lead headline",
        path: `/${locale}`,
        selector: "main .story-card--lead .story-card__headline a",
      },
      { name: "story's headline", path: storyUrl(bilingualStory, locale), selector: "main .story__headline" },
      {
        name: "story's first paragraph",
        path: storyUrl(bilingualStory, locale),
        selector: "main .story-body p",
      },
    ];
    for (const { name, path, selector } of pages) {
      test(`the ${name} is drawn in ${INTENDED[locale]} on a first visit`, async ({ page }) => {
        await page.goto(path);
        const fonts = await fontsDrawing(page, selector);
        expect(fonts.length).toBeGreaterThan(0);
        // Every glyph from the web font: a fallback face would be listed apart (e.g. "DejaVu Sans").
        expect(fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }))).toEqual([
          { familyName: INTENDED[locale], isCustomFont: true },
        ]);
      });
    }

    // The fallback faces' size-adjust and overrides (fonts.css) give the fallback the web font's
    // width and height: the swap moves the first screen by no line (CLS stays near 0).
    test("with the web fonts held back, the story takes the room the web fonts give it", async ({
      browser,
    }) => {
      const heights = [];
      for (const withWebFonts of [true, false]) {
        const context = await browser.newContext();
        heights.push(
          await storyBlockHeights(await context.newPage(), storyUrl(bilingualStory, locale), withWebFonts),
        );
        await context.close();
      }
      const [web, fallback] = heights as [number[], number[]];
      expect(fallback.slice(0, 2), "headline and summary").toEqual(web.slice(0, 2));
      expect(Math.abs(fallback[2]! - web[2]!) / web[2]!, "body").toBeLessThan(0.02);
    });
  });
}

// Arabic pages set their interface in the same Naskh as the text (base.css):
// one face, preloaded, and one fallback, instead of the system's sans beside
// it, whose font lookups took a third of the first layout.
for (const selector of [".section-nav a", "main .story__dates", "main .share-bar a"]) {
  test(`on an Arabic story the interface's ${selector} is drawn in Noto Naskh Arabic`, async ({ page }) => {
    await page.goto(storyUrl(bilingualStory, "ar"));
    const fonts = await fontsDrawing(page, selector);
    expect(fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }))).toEqual([
      { familyName: "Noto Naskh Arabic", isCustomFont: true },
    ]);
  });
}
