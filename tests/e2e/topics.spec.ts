import { expect, test } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { topics } from "@/prisma/content/topics";
import { storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// A topic with stories in both languages, and one of its bilingual stories.
const topic = topics.find((each) => each.key === "environment")!;
const story = stories.find(
  (each) => topic.stories.includes(each.key) && each.translations.en && each.translations.ar,
)!;

test.describe("topics", () => {
  test("a reader follows a story's topic to the topic's page and its other language", async ({ page }) => {
    await page.goto(storyUrl(story, "en"));
    const links = page.getByRole("navigation", { name: "Topics" });
    await links.getByRole("link", { name: topic.names.en }).click();
    await expect(page).toHaveURL(new RegExp(`/en/tags/${topic.slugs.en}$`));
    await expect(page.locator("h1")).toHaveText(topic.names.en);
    await expect(page.getByRole("link", { name: story.translations.en!.headline })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute(
      "href",
      new RegExp(`/ar/tags/${encodeURIComponent(topic.slugs.ar)}$`),
    );

    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL(new RegExp(`/ar/tags/${encodeURIComponent(topic.slugs.ar)}$`));
    await expect(page.locator("h1")).toHaveText(topic.names.ar);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    await expect(page.getByRole("link", { name: story.translations.ar!.headline })).toBeVisible();
  });

  test("a topic's feed lists its stories in the page's language", async ({ request }) => {
    const response = await request.get(`/ar/tags/${encodeURIComponent(topic.slugs.ar)}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(xml).toContain(topic.names.ar);
    expect(xml).toContain(encodeURIComponent(story.translations.ar!.slug));
  });

  test("a topic with no story in a language has no page there", async ({ request }) => {
    const education = topics.find((each) => each.key === "education")!;
    expect((await request.get(`/en/tags/${education.slugs.en}`)).status()).toBe(404);
    expect((await request.get(`/ar/tags/${encodeURIComponent(education.slugs.ar)}`)).status()).toBe(200);
  });

  test("an editor files a story under a topic, and readers find it there", async ({ page }) => {
    const education = topics.find((each) => each.key === "education")!;
    const filed = stories.find((each) => each.key === "port-tender")!;
    await signIn(page, "editor");
    await page.goto(`/en/newsroom/stories/${await demoStoryId(filed)}`);
    const topicBoxes = page.getByRole("group", { name: "Topics" });
    await topicBoxes.getByRole("checkbox", { name: education.names.en }).check();
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.locator(".form-notice, [role=status]").first()).toBeVisible();

    await page.goto(storyUrl(filed, "ar"));
    await page
      .getByRole("navigation", { name: "مواضيع" })
      .getByRole("link", { name: education.names.ar })
      .click();
    await expect(page.locator("h1")).toHaveText(education.names.ar);
    await expect(page.getByRole("link", { name: filed.translations.ar!.headline })).toBeVisible();
    // Now the topic has an English story too, so its English page exists.
    expect((await page.request.get(`/en/tags/${education.slugs.en}`)).status()).toBe(200);
  });

  test("an editor renames a topic and merges another into it; the old addresses answer 308", async ({
    page,
  }) => {
    const heritage = topics.find((each) => each.key === "heritage")!;
    const nightlife = topics.find((each) => each.key === "nightlife")!;
    await signIn(page, "editor");
    await page.goto("/en/newsroom/topics");
    const row = page.locator(`tr[data-topic="${heritage.key}"]`);
    await row.getByText("Rename").click();
    // A slug taken by another topic is refused next to the field, and what was typed stays.
    await row.getByLabel("Name").first().fill("Heritage and archaeology");
    await row.getByLabel(/^Slug/).first().fill(nightlife.slugs.en);
    await row.getByRole("button", { name: "Save names" }).click();
    const again = page.locator(`tr[data-topic="${heritage.key}"]`);
    await expect(again.getByText("Another topic already uses this slug in this language.")).toBeVisible();
    await expect(again.getByLabel("Name").first()).toHaveValue("Heritage and archaeology");
    await again.getByLabel(/^Slug/).first().fill("heritage-and-archaeology");
    await again.getByRole("button", { name: "Save names" }).click();
    await expect(page.getByRole("status")).toContainText("Names saved");

    const renamed = await page.request.get(`/en/tags/${heritage.slugs.en}`, { maxRedirects: 0 });
    expect(renamed.status()).toBe(308);
    expect(renamed.headers()["location"]).toMatch(/\/en\/tags\/heritage-and-archaeology$/);

    await page.getByLabel("Merge this topic").selectOption({ label: nightlife.names.en });
    await page.getByLabel("into this one").selectOption({ label: "Heritage and archaeology" });
    await page.getByRole("button", { name: "Merge" }).click();
    await expect(page.locator("#error-summary")).toContainText("Tick the confirmation");
    await expect(page.locator("#error-summary")).toBeFocused();
    // The two topics chosen are still chosen: only the box is left to tick.
    await expect(page.getByLabel("Merge this topic").locator("option:checked")).toHaveText(
      nightlife.names.en,
    );
    await expect(page.getByLabel("into this one").locator("option:checked")).toHaveText(
      "Heritage and archaeology",
    );
    await page.getByRole("checkbox", { name: /move its stories/ }).check();
    await page.getByRole("button", { name: "Merge" }).click();
    await expect(page.getByRole("status")).toContainText("Topics merged");

    const merged = await page.request.get(`/ar/tags/${encodeURIComponent(nightlife.slugs.ar)}`, {
      maxRedirects: 0,
    });
    expect(merged.status()).toBe(308);
    expect(decodeURIComponent(merged.headers()["location"] ?? "")).toMatch(
      new RegExp(`/ar/tags/${heritage.slugs.ar}$`),
    );
    await page.goto(`/en/tags/heritage-and-archaeology`);
    for (const key of [...heritage.stories, ...nightlife.stories]) {
      const story = stories.find((each) => each.key === key)!;
      if (story.translations.en)
        await expect(page.getByRole("link", { name: story.translations.en.headline })).toBeVisible();
    }
  });
});
