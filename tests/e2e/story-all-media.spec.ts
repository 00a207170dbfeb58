import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { recordThirdParty } from "./support/third-party";
import { demoStory, storyUrl } from "./demo-stories";

// Issue 26's bar, in both languages: one story with a captioned and credited
// lead image, a picture in the body, a gallery, a YouTube embed that asks
// nothing of YouTube before the click, an opinion label and a share bar.
// The demo's opinion piece holds them all (prisma/content/stories/cinema-seats-opinion.ts).

const story = demoStory("cinema-seats-opinion");
const messages = { en, ar };
const LOCALES = ["en", "ar"] as const;

for (const locale of LOCALES) {
  test(`(${locale}) an opinion piece with every kind of media: lead image, body picture, gallery, video and share bar`, async ({
    context,
    page,
  }) => {
    const t = createTranslator({ locale, messages: messages[locale] });
    const text = story.translations[locale]!;
    const credit = `${t("Story.photoCreditLabel")} ${story.pictures!.credit[locale]}`;
    const thirdParty = await recordThirdParty(context);
    await page.goto(storyUrl(story, locale));
    const article = page.locator("article.story");

    await expect(article.locator(".story__header .kind-label")).toHaveText(t("Story.kinds.opinion"));

    // The lead image: an upload, its caption then its credit under it.
    const lead = article.locator("figure.story__figure");
    await expect(lead.locator("img")).toHaveAttribute("alt", text.imageAlt);
    await expect(lead.locator("source[type='image/avif']")).toHaveAttribute(
      "srcset",
      /\/media\/[0-9a-f]{64}\//,
    );
    await expect(lead.locator(".story__caption")).toHaveText(text.imageCaption!);
    await expect(lead.locator(".story__credit")).toHaveText(credit);

    // A picture in the body, with the caption its line gives and the upload's credit.
    const inline = article.locator(".story-body figure.body-figure");
    await expect(inline).toHaveCount(1);
    const line = /!\[([^\]]+)\]\(media:[^ ]+ "([^"]+)"\)/.exec(text.body)!;
    await expect(inline.locator("img")).toHaveAttribute("alt", line[1]!);
    await expect(inline.locator(".picture-caption__text")).toHaveText(line[2]!);
    await expect(inline.locator(".picture-caption__credit")).toHaveText(credit);

    // The gallery: three pictures in order, each captioned in the page's language.
    const gallery = article.locator(".story-gallery");
    await expect(gallery.locator("h2")).toHaveText(t("Story.gallery.title"));
    const items = gallery.locator("ol > li");
    await expect(items).toHaveCount(3);
    const pictures = story.pictures!.gallery!;
    for (const [index, picture] of pictures.entries()) {
      await expect(items.nth(index).locator("img")).toHaveAttribute("alt", picture.alt[locale]);
      await expect(items.nth(index).locator(".picture-caption__text")).toHaveText(picture.caption[locale]);
    }
    const counter = gallery.locator(".gallery-carousel__counter");
    await expect(counter).toHaveText(t("Story.gallery.position", { position: 1, total: 3 }));
    await gallery.getByRole("button", { name: t("Story.gallery.next") }).click();
    await expect(counter).toHaveText(t("Story.gallery.position", { position: 2, total: 3 }));

    // The video: a facade naming YouTube, nothing of YouTube's until the click.
    const provider = t("Embed.providers.youtube");
    const video = article.locator('figure.story-embed[data-embed-provider="youtube"]');
    await expect(video.locator(".story-embed__label")).toHaveText(t("Embed.label", { provider }));
    await expect(video.locator("iframe")).toHaveCount(0);
    expect(thirdParty).toEqual([]);

    // Share links carrying this language's canonical address.
    const share = page.getByRole("group", { name: t("Share.label") });
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
    const whatsapp = await share.locator("a.share-bar__link--whatsapp").getAttribute("href");
    expect(new URL(whatsapp!).searchParams.get("text")).toBe(`${text.headline}\n${canonical}`);

    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await video.getByRole("button", { name: t("Embed.load", { provider }) }).click();
    await expect(video.locator("iframe")).toHaveAttribute(
      "src",
      "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
    );
    await expect.poll(() => thirdParty).toEqual(["https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"]);
  });
}

test("without JavaScript the story's pictures are all there, the gallery a plain list", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const thirdParty = await recordThirdParty(context);
  const page = await context.newPage();
  await page.goto(storyUrl(story, "ar"));
  const items = page.locator(".story-gallery ol > li");
  await expect(items).toHaveCount(3);
  for (const item of await items.all()) await expect(item).toBeVisible();
  await expect(page.locator(".story-gallery button")).toHaveCount(0);
  await expect(page.locator(".story-body figure.body-figure img")).toBeVisible();
  expect(thirdParty).toEqual([]);
  await context.close();
});
