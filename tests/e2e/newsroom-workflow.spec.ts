import { expect, test, type Browser } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn, type DemoRole } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// An English-only story translated here (not englishOnlyStory, which stays
// untouched for the tests that rely on a story in one language).
const story = demoStory("tourism-figures");
const english = story.translations.en!;
const arabic = {
  headline: "أرقام السياحة تتحسّن في موسم الخريف",
  dek: "ارتفع عدد الزوّار في الأشهر الأخيرة وفق الأرقام الرسمية.",
  body: "فقرة أولى من الترجمة.\n\n## الأرقام\n\nفقرة ثانية تذكر **الأرقام** كما وردت.",
  slug: "أرقام-السياحة-تتحسن-في-الخريف",
};

async function memberPage(browser: Browser, role: DemoRole, locale: "en" | "ar") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, locale);
  return { page, close: () => context.close() };
}

test("a translator translates, an editor publishes, readers get the Arabic link at once", async ({
  browser,
  page: reader,
}) => {
  test.setTimeout(120_000);
  const englishUrl = storyUrl(story, "en");
  await reader.goto(englishUrl);
  await expect(reader.locator("a.other-language__link")).toHaveCount(0);

  // The translator, working in the Arabic newsroom.
  const translator = await memberPage(browser, "translator.ar", "ar");
  const storyId = await demoStoryId(story);
  await translator.page.goto(`/ar/newsroom/stories/${storyId}/ar`);
  await expect(translator.page.locator(".editor__source").first()).toHaveAttribute("dir", "ltr");
  // Pre-filled from the source as a starting point, shown in the source's
  // direction until Arabic replaces it.
  const headline = translator.page.locator("#headline");
  const direction = () => headline.evaluate((element) => getComputedStyle(element).direction);
  await expect(headline).toHaveValue(english.headline);
  expect(await direction()).toBe("ltr");
  await headline.fill(arabic.headline);
  expect(await direction()).toBe("rtl");
  await translator.page.locator("#dek").fill(arabic.dek);
  await translator.page.locator("#body").fill(arabic.body);
  await translator.page.locator("#slug").fill(arabic.slug);
  await translator.page.locator("#leadImageAlt").fill("صورة توضيحية");
  await expect(translator.page.locator(".editor__preview .story__headline")).toHaveText(arabic.headline);
  await expect(translator.page.locator(".editor__preview .story-body h2")).toHaveText("الأرقام");
  await translator.page.locator(".editor__form button[type=submit]").click();
  await expect(translator.page.locator(".form-notice")).toBeVisible();

  await translator.page.goto(`/ar/newsroom/stories/${storyId}`);
  const arabicRow = translator.page.locator('tr[data-locale="ar"]');
  await expect(arabicRow.getByRole("button", { name: "نشر" })).toHaveCount(0);
  await arabicRow.getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(translator.page.locator('tr[data-locale="ar"] .badge')).toHaveAttribute(
    "data-state",
    "IN_REVIEW",
  );
  await translator.close();

  // Still not public.
  expect((await reader.request.get(`/ar/story/${encodeURIComponent(arabic.slug)}`)).status()).toBe(404);

  // The editor publishes.
  const editor = await memberPage(browser, "editor", "en");
  await editor.page.goto(`/en/newsroom/stories/${storyId}`);
  await editor.page.locator('tr[data-locale="ar"]').getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.locator(".form-notice")).toContainText("Published");

  // The reader's English page now offers the Arabic version, which opens.
  await reader.goto(englishUrl);
  const link = reader.locator("a.other-language__link");
  await expect(link).toHaveText("إقرأ هذا الخبر بالعربية");
  await link.click();
  await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(reader.locator("h1")).toHaveText(arabic.headline);

  // The Arabic front page lists it too.
  await reader.goto("/ar");
  await expect(reader.getByRole("link", { name: arabic.headline }).first()).toBeVisible();

  // A new slug: saved as a draft of the live version, then published; the
  // old address answers with a permanent redirect to it.
  const newSlug = "أرقام-السياحة-في-الخريف";
  await editor.page.goto(`/en/newsroom/stories/${storyId}/ar`);
  await editor.page.locator("#slug").fill(newSlug);
  await editor.page.locator(".editor__form button[type=submit]").click();
  await expect(editor.page.locator(".form-notice")).toContainText("Readers still see the live text");
  expect((await reader.request.get(`/ar/story/${encodeURIComponent(arabic.slug)}`)).status()).toBe(200);
  await editor.page.locator(".forward-draft").getByRole("button", { name: "Publish draft" }).click();
  await expect(editor.page.locator(".form-notice")).toContainText("Published");
  const old = await reader.request.get(`/ar/story/${encodeURIComponent(arabic.slug)}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(decodeURIComponent(old.headers()["location"]!)).toBe(`/ar/story/${newSlug}`);
  await reader.goto(englishUrl);
  await expect(reader.locator("a.other-language__link")).toHaveAttribute(
    "href",
    `/ar/story/${encodeURIComponent(newSlug)}`,
  );

  // Unpublishing takes it away again just as fast.
  await editor.page.goto(`/en/newsroom/stories/${storyId}`);
  await editor.page.locator('tr[data-locale="ar"]').getByRole("button", { name: "Unpublish" }).click();
  await editor.page.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(editor.page.locator(".form-notice")).toContainText("Unpublished");
  await editor.close();
  await reader.goto(englishUrl);
  await expect(reader.locator("a.other-language__link")).toHaveCount(0);
  expect((await reader.request.get(`/ar/story/${encodeURIComponent(newSlug)}`)).status()).toBe(404);
});
