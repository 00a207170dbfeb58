import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { bilingualStory, demoStory, storyUrl } from "./demo-stories";
import { signIn, takeOverIfLocked } from "./newsroom-helpers";
import { recordThirdParty } from "./support/third-party";
import { queryE2eDatabase } from "./support/e2e-database";
import { withdrawLiveStory } from "./support/live-story";

// Issue 26, embeds: a paragraph that is only a provider's post URL shows a
// facade naming the provider and linking to the original; nothing of the
// provider loads until the reader clicks; the page's CSP frames exactly its
// own embeds' origins; the click inserts the provider's frame. The machine
// is offline: every request to another host is recorded and aborted.

type Locale = "en" | "ar";
const LOCALES = ["en", "ar"] as const;
const embedWords = (locale: Locale) =>
  createTranslator({ locale, messages: { en, ar }[locale], namespace: "Embed" });

interface Case {
  provider: "youtube" | "x" | "instagram" | "facebook" | "tiktok";
  /** Demo stories carry YouTube and X; the others get a story of their own. */
  demo?: string;
  url: string;
  original: string;
  frameSrc: string;
}

const CASES: Case[] = [
  {
    provider: "youtube",
    demo: "film-festival",
    url: "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    original: "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    frameSrc: "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
  },
  {
    provider: "x",
    demo: "olive-harvest",
    url: "https://x.com/LevantTimesDemo/status/1861234567890123456",
    original: "https://x.com/LevantTimesDemo/status/1861234567890123456",
    frameSrc: "https://platform.twitter.com/embed/Tweet.html?id=1861234567890123456",
  },
  {
    provider: "instagram",
    url: "https://www.instagram.com/p/C1a2B3c4D5e/?igsh=e2e",
    original: "https://www.instagram.com/p/C1a2B3c4D5e/",
    frameSrc: "https://www.instagram.com/p/C1a2B3c4D5e/embed/",
  },
  {
    provider: "facebook",
    url: "https://www.facebook.com/LevantTimesDemo/posts/123456789012345",
    original: "https://www.facebook.com/LevantTimesDemo/posts/123456789012345",
    frameSrc:
      "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FLevantTimesDemo%2Fposts%2F123456789012345",
  },
  {
    provider: "tiktok",
    url: "https://www.tiktok.com/@levant.times/video/7312345678901234567",
    original: "https://www.tiktok.com/@levant.times/video/7312345678901234567",
    frameSrc: "https://www.tiktok.com/embed/v2/7312345678901234567",
  },
];

const seeded = new Map<Case["provider"], number>();
const seededSlug = (provider: string, locale: Locale) =>
  locale === "en" ? `embed-${provider}` : `تضمين-${provider}`;

function pageUrl(item: Case, locale: Locale): string {
  if (item.demo) return storyUrl(demoStory(item.demo), locale);
  return `/${locale}/story/${encodeURIComponent(seededSlug(item.provider, locale))}`;
}

// Idempotent: a worker restarted after a failure runs this again.
test.beforeAll(async () => {
  // Published long before the demo stories, so no list that other specs read as seeded leads with them.
  for (const item of CASES.filter((c) => !c.demo)) {
    const [story] = await queryE2eDatabase<{ id: number }>(
      `INSERT INTO "Story" ("key", "sourceLocale", "sectionId", "firstPublishedAt", "lastUpdatedAt")
       VALUES ($1, 'en', (SELECT "id" FROM "Section" ORDER BY "position", "id" LIMIT 1), now() - interval '400 days', now() - interval '400 days')
       ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"
       RETURNING "id"`,
      [`e2e-embed-${item.provider}`],
    );
    seeded.set(item.provider, story!.id);
    for (const locale of LOCALES) {
      await queryE2eDatabase(
        `INSERT INTO "StoryTranslation" ("storyId", "locale", "slug", "headline", "dek", "body", "status", "publishedAt")
         VALUES ($1, $2::"Locale", $3, $4, $5, $6, 'PUBLISHED', now() - interval '400 days')
         ON CONFLICT ("storyId", "locale") DO UPDATE SET "status" = 'PUBLISHED'`,
        [
          story!.id,
          locale,
          seededSlug(item.provider, locale),
          locale === "en" ? `An embedded ${item.provider} post` : `منشور مضمَّن من ${item.provider}`,
          locale === "en" ? "A story with one embed." : "خبر فيه محتوى مضمَّن واحد.",
          `${locale === "en" ? "The post:" : "المنشور:"}\n\n${item.url}\n\n${locale === "en" ? "The end." : "انتهى."}`,
        ],
      );
    }
  }
});

test.afterAll(async ({ browser }) => {
  // Through the newsroom, so the app expires the lists and sitemaps it cached.
  const page = await browser.newPage();
  await signIn(page, "editor", "en");
  const t = createTranslator({ locale: "en", messages: en, namespace: "Newsroom" });
  for (const id of seeded.values()) {
    await withdrawLiveStory(
      page,
      { id, headline: { en: "", ar: "" }, slug: { en: "", ar: "" } },
      { unpublish: t("story.steps.unpublish"), confirm: t("story.confirmUnpublish.yes") },
      "en",
    );
  }
  await page.close();
});

for (const item of CASES) {
  for (const locale of LOCALES) {
    test(`(${locale}) a ${item.provider} embed loads nothing of ${item.provider} before the click, and its frame after`, async ({
      context,
      page,
    }) => {
      const thirdParty = await recordThirdParty(context);
      const response = await page.goto(pageUrl(item, locale));
      const frameOrigin = new URL(item.frameSrc).origin;
      const policy = response?.headers()["content-security-policy"] ?? "";
      expect(policy.split("; ").filter((directive) => directive.startsWith("frame-src"))).toEqual([
        `frame-src ${frameOrigin}`,
      ]);

      const t = embedWords(locale);
      const provider = t(`providers.${item.provider}`);
      const facade = page.locator(`figure.story-embed[data-embed-provider="${item.provider}"]`);
      await expect(facade.locator(".story-embed__label")).toHaveText(t("label", { provider }));
      await expect(facade.getByRole("link", { name: t("open", { provider }) })).toHaveAttribute(
        "href",
        item.original,
      );
      await expect(facade.locator("iframe")).toHaveCount(0);
      expect(thirdParty).toEqual([]);

      await facade.getByRole("button", { name: t("load", { provider }) }).click();
      await expect(facade.locator("iframe")).toHaveAttribute("src", item.frameSrc);
      await expect(facade.locator("iframe")).toHaveAttribute("title", t("label", { provider }));
      // The policy let the frame's request go out (to be aborted offline), and nothing else.
      await expect.poll(() => thirdParty).toEqual([item.frameSrc]);
    });
  }
}

test("without JavaScript the facade is a plain link to the original, with no button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const thirdParty = await recordThirdParty(context);
  const page = await context.newPage();
  await page.goto(pageUrl(CASES[0]!, "ar"));
  const facade = page.locator("figure.story-embed");
  await expect(facade.locator("a")).toHaveAttribute("href", CASES[0]!.original);
  await expect(facade.locator("button")).toHaveCount(0);
  expect(thirdParty).toEqual([]);
  await context.close();
});

test("a page without embeds frames nothing from anywhere else", async ({ page }) => {
  const response = await page.goto(storyUrl(bilingualStory, "en"));
  expect(response?.headers()["content-security-policy"]).not.toContain("frame-src");
});

for (const locale of LOCALES) {
  test(`(${locale}) a page with an embed has no accessibility violations, before and after the click`, async ({
    page,
  }) => {
    await recordThirdParty(page.context());
    await page.goto(pageUrl(CASES[0]!, locale));
    // The frame's document is the provider's (here the browser's page for an
    // aborted request), not this site's: axe checks the frame element only.
    const axe = () =>
      new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .include(".story-body")
        .exclude(".story-embed iframe")
        .analyze();
    expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
    await page.locator(".story-embed__load").click();
    await expect(page.locator(".story-embed iframe")).toBeFocused();
    expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
  });
}

test("the newsroom refuses a provider's address that names no post, by the body field, keeping the text", async ({
  page,
}) => {
  await signIn(page, "editor", "ar");
  await page.goto(`/ar/newsroom/stories/${seeded.get("instagram")}/ar`);
  await takeOverIfLocked(page);
  const body = `${await page.locator("#body").inputValue()}\n\nhttps://www.youtube.com/@LevantTimesDemo`;
  await page.locator("#body").fill(body);
  await page.locator(".editor__form button[type=submit]").click();
  await expect(page.locator("#body-error")).toContainText("يوتيوب أو إكس أو إنستغرام أو فيسبوك أو تيك توك");
  await expect(page.locator("#error-summary a[href='#body']")).toHaveCount(1);
  expect(await page.locator("#body").inputValue()).toBe(body);
});
