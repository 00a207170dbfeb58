import { expect, test } from "@playwright/test";
import { bilingualStory, longestStory, storyUrl } from "./demo-stories";

const pages = [
  { name: "home-en", path: "/en" },
  { name: "home-ar", path: "/ar" },
  { name: "story-en", path: storyUrl(bilingualStory, "en") },
  { name: "story-ar", path: storyUrl(bilingualStory, "ar") },
  { name: "long-story-ar", path: storyUrl(longestStory, "ar") },
];

test.describe("layout on a narrow phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const { name, path } of pages) {
    test(`${name} has no horizontal scrolling at 360 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("screenshots kept as artifacts", () => {
  for (const { name, path } of pages.slice(0, 4)) {
    test(`${name} screenshot`, async ({ page }, testInfo) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const file = testInfo.outputPath(`${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: "image/png" });
    });
  }
});

test("every reading page has a skip link and landmarks", async ({ page }) => {
  await page.goto(storyUrl(bilingualStory, "ar"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "انتقل إلى المحتوى الرئيسي" });
  await expect(skip).toBeFocused();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation").first()).toBeVisible();
});

// The reading pages' type scale (base.css): every size and weight a page
// draws text in is a font Chromium sets up, over IPC and once more for the
// fallback face, before the first screen is shown. Text outside the
// headlines keeps to the scale's four steps.
test.describe("type scale on a phone", () => {
  test.use({ viewport: { width: 412, height: 823 } });

  for (const { name, path } of pages.slice(0, 4)) {
    test(`${name} draws its text in the scale's sizes only`, async ({ page }) => {
      await page.goto(path);
      const { used, scale } = await page.evaluate(() => {
        const px = (name: string) => {
          const probe = document.createElement("span");
          probe.style.fontSize = `var(${name})`;
          document.body.append(probe);
          const size = getComputedStyle(probe).fontSize;
          probe.remove();
          return size;
        };
        const scale = ["--text-small", "--text-body", "--text-large", "--text-x-large"].map(px);
        const used = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!node.textContent?.trim() || !element?.checkVisibility()) continue;
          if (element.closest("h1, .site-name")) continue;
          used.add(getComputedStyle(element).fontSize);
        }
        return { used: [...used].sort(), scale };
      });
      expect(used.filter((size) => !scale.includes(size))).toEqual([]);
    });
  }
});
