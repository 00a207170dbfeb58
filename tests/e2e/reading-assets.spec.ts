import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { signIn } from "@/tests/e2e/newsroom-helpers";
import { bilingualStory, englishOnlyStory, storyUrl } from "./demo-stories";

// What a phone downloads for a reading page besides its HTML: the icons,
// only the stylesheets of the reading site, a lead image whose space is
// kept before it arrives, and uploads at the width the layout needs.

const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl =
  process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${port + 20000}/news`;

const readingPages = ["/en", "/ar", storyUrl(bilingualStory, "en"), storyUrl(bilingualStory, "ar")];

/** The page's styles: linked (see next.config.ts) or inlined in <style>. */
async function stylesheets(page: Page): Promise<string[]> {
  const inline = await page
    .locator("style")
    .evaluateAll((styles) => styles.map((style) => style.textContent ?? ""));
  const hrefs = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  return [
    ...inline,
    ...(await Promise.all(hrefs.map(async (href) => (await page.request.get(href)).text()))),
  ];
}

test("the favicon answers with an image, and pages in both languages name their icons", async ({ page }) => {
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\//);
  for (const path of ["/en", "/ar"]) {
    await page.goto(path);
    const icons = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const href of icons) {
      const icon = await page.request.get(href);
      expect(icon.status(), href).toBe(200);
      expect(icon.headers()["content-type"], href).toMatch(/^image\//);
    }
  }
});

test("a reading page's first paint waits on three stylesheets at most", async ({ page }) => {
  // Each is a request before the first paint, on a phone beside the
  // preloaded fonts and the lead image (app/styles/reading-styles.ts).
  for (const path of readingPages) {
    await page.goto(path);
    const blocking = await page.locator('head link[rel="stylesheet"], head style').count();
    expect(blocking, path).toBeGreaterThan(0);
    expect(blocking, path).toBeLessThanOrEqual(3);
  }
});

test("reading pages load the reading site's styles and none of the newsroom's", async ({ page }) => {
  for (const path of readingPages) {
    await page.goto(path);
    const css = (await stylesheets(page)).join("\n");
    expect(css, path).toContain(".story-card");
    expect(css, path).not.toContain(".newsroom-header");
    expect(css, path).not.toContain(".badge--published");
  }
  await page.goto("/en/newsroom/sign-in");
  expect((await stylesheets(page)).join("\n")).toContain(".newsroom-header");
});

test.describe("the lead image", () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test("keeps its space before it has loaded, and is fetched first", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The story's image is held back until the layout has been measured.
    await page.route("**/images/stories/*.svg", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(storyUrl(bilingualStory, "ar"), { waitUntil: "domcontentloaded" });
    const image = page.locator(".story__figure img");
    expect(await image.evaluate((img: HTMLImageElement) => img.complete)).toBe(false);
    const box = (await image.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(Math.abs(box.height - (box.width * 675) / 1200)).toBeLessThan(1);
    await expect(image).toHaveAttribute("fetchpriority", "high");
    await expect(image).toHaveAttribute("loading", "eager");
    const src = await image.getAttribute("src");
    await expect(page.locator(`link[rel="preload"][as="image"][href="${src}"]`)).toHaveCount(1);
    release();
  });

  test("of a section page is its first card's, the others load lazily", async ({ page }) => {
    await page.goto("/en");
    await page.locator(".section-nav a").first().click();
    const images = page.locator(".story-card__image");
    await expect(images.first()).toHaveAttribute("loading", "eager");
    await expect(images.first()).toHaveAttribute("fetchpriority", "high");
    for (const later of (await images.all()).slice(1)) await expect(later).toHaveAttribute("loading", "lazy");
  });
});

test.describe("an uploaded lead image", () => {
  let id = "";
  let storyId = 0;
  let previous: { src: string | null; width: number | null; height: number | null } | null = null;

  test.beforeAll(async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#2b6f8f" } })
      .png()
      .toBuffer();
    id = createHash("sha256").update(png).digest("hex");
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "MediaAsset" (id, "contentType", bytes, width, height) VALUES ($1, 'image/png', $2, 1600, 900)
         ON CONFLICT (id) DO NOTHING`,
        [id, png],
      );
      const slug = englishOnlyStory.translations.en!.slug;
      const { rows } = await client.query<{
        id: number;
        src: string | null;
        width: number | null;
        height: number | null;
      }>(
        `SELECT s.id, s."leadImageSrc" AS src, s."leadImageWidth" AS width, s."leadImageHeight" AS height
         FROM "Story" s JOIN "StoryTranslation" t ON t."storyId" = s.id WHERE t.locale = 'en' AND t.slug = $1`,
        [slug],
      );
      storyId = rows[0]!.id;
      previous = rows[0]!;
      await client.query(
        `UPDATE "Story" SET "leadImageSrc" = $1, "leadImageWidth" = 1600, "leadImageHeight" = 900 WHERE id = $2`,
        [`/media/${id}`, storyId],
      );
    } finally {
      await client.end();
    }
  });

  test.afterAll(async () => {
    if (!previous) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      `UPDATE "Story" SET "leadImageSrc" = $1, "leadImageWidth" = $2, "leadImageHeight" = $3 WHERE id = $4`,
      [previous.src, previous.width, previous.height, storyId],
    );
    await client.end();
  });

  test("is offered as AVIF and WebP at the layout's widths, each cached for good", async ({ page }) => {
    await signIn(page, "editor");
    await page.goto(`/en/preview/${storyId}`);
    const picture = page.locator(".story__figure picture");
    const avif = picture.locator('source[type="image/avif"]');
    const webp = picture.locator('source[type="image/webp"]');
    await expect(avif).toHaveAttribute("srcset", new RegExp(`/media/${id}/640\\.avif 640w`));
    await expect(webp).toHaveAttribute("srcset", new RegExp(`/media/${id}/1280\\.webp 1280w`));
    await expect(avif).toHaveAttribute("sizes", /.+/);
    await expect(picture.locator("img")).toHaveAttribute("src", `/media/${id}`);

    const candidates = [
      ...((await avif.getAttribute("srcset")) ?? "").split(", "),
      ...((await webp.getAttribute("srcset")) ?? "").split(", "),
    ].map((candidate) => candidate.split(" "));
    expect(candidates).toHaveLength(10);
    for (const [url, descriptor] of candidates) {
      const response = await page.request.get(url!);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"]).toBe(url!.endsWith(".avif") ? "image/avif" : "image/webp");
      expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      const { width } = await sharp(await response.body()).metadata();
      expect(`${width}w`).toBe(descriptor);
    }
  });

  test("is never encoded at a width or in a format outside the fixed set", async ({ request }) => {
    for (const variant of ["641.avif", "4000.webp", "20000.avif", "640.gif", "640.png", "640", "0640.avif"]) {
      expect((await request.get(`/media/${id}/${variant}`)).status(), variant).toBe(404);
    }
    expect((await request.get(`/media/${"0".repeat(64)}/640.avif`)).status()).toBe(404);
  });
});
