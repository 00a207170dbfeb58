import { describe, expect, it } from "vitest";
import { recognizeEmbedUrl } from "@/lib/embeds/embed-url";
import { embedFrameOrigins } from "@/lib/embeds/embed-frame-origins";
import { malformedEmbedUrl } from "@/lib/embeds/embed-paragraphs";
import { withScriptHashes } from "@/lib/http/content-security-policy";
import { parseTranslationFields } from "@/lib/newsroom/editor/translation-fields";
import { parseEntryFields } from "@/lib/live/live-entry-fields";

const embed = (url: string) => {
  const result = recognizeEmbedUrl(url);
  return result?.ok ? result.embed : result;
};

describe("recognising a provider's post or video", () => {
  it("recognises YouTube watch, short, shorts, embed and live links, framed from youtube-nocookie.com", () => {
    for (const url of [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ",
      "https://www.youtube.com/shorts/dQw4w9WgXcQ",
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      "https://www.youtube.com/live/dQw4w9WgXcQ",
      "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ]) {
      expect(embed(url), url).toEqual({
        provider: "youtube",
        original: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        frameSrc: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      });
    }
  });

  it("recognises X posts on x.com and twitter.com", () => {
    for (const url of [
      "https://x.com/AP/status/1734567890123456789",
      "https://twitter.com/AP/status/1734567890123456789",
      "https://mobile.twitter.com/AP/status/1734567890123456789/photo/1",
    ]) {
      expect(embed(url), url).toEqual({
        provider: "x",
        original: "https://x.com/AP/status/1734567890123456789",
        frameSrc: "https://platform.twitter.com/embed/Tweet.html?id=1734567890123456789",
      });
    }
  });

  it("recognises Instagram posts and reels", () => {
    expect(embed("https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc")).toEqual({
      provider: "instagram",
      original: "https://www.instagram.com/p/C1a2B3c4D5e/",
      frameSrc: "https://www.instagram.com/p/C1a2B3c4D5e/embed/",
    });
    expect(embed("https://instagram.com/reel/C1a2B3c4D5e")).toMatchObject({ provider: "instagram" });
  });

  it("recognises Facebook posts and videos, framed through Facebook's plugins", () => {
    expect(embed("https://www.facebook.com/LevantNews/posts/pfbid02abcdefghijKLMNOP")).toEqual({
      provider: "facebook",
      original: "https://www.facebook.com/LevantNews/posts/pfbid02abcdefghijKLMNOP",
      frameSrc:
        "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FLevantNews%2Fposts%2Fpfbid02abcdefghijKLMNOP",
    });
    expect(embed("https://m.facebook.com/watch/?v=123456789")).toMatchObject({
      frameSrc: expect.stringMatching(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=/),
    });
    expect(embed("https://www.facebook.com/LevantNews/videos/123456789/")).toMatchObject({
      provider: "facebook",
    });
  });

  it("recognises TikTok videos", () => {
    expect(embed("https://www.tiktok.com/@levant.news/video/7312345678901234567?lang=ar")).toEqual({
      provider: "tiktok",
      original: "https://www.tiktok.com/@levant.news/video/7312345678901234567",
      frameSrc: "https://www.tiktok.com/embed/v2/7312345678901234567",
    });
  });

  it("refuses a provider's URL that names no post or video", () => {
    for (const url of [
      "https://www.youtube.com/",
      "https://www.youtube.com/watch?v=short",
      "https://www.youtube.com/@channel",
      "https://youtu.be/dQw4w9WgXcQ/extra",
      "https://x.com/AP",
      "https://twitter.com/AP/status/notanumber",
      "https://www.instagram.com/levant.news/",
      "https://www.facebook.com/LevantNews",
      "https://www.tiktok.com/@levant.news",
      "https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
    ]) {
      expect(recognizeEmbedUrl(url), url).toEqual({ ok: false, provider: expect.any(String) });
    }
  });

  it("treats lookalike hosts and other sites as plain links, not embeds", () => {
    for (const url of [
      "https://youtube.com.evil.org/watch?v=dQw4w9WgXcQ",
      "https://evil-youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com.evil.org/watch?v=dQw4w9WgXcQ",
      "https://x.com.evil.org/AP/status/1",
      "https://notx.com/AP/status/1",
      "https://instagram.com.evil.org/p/C1a2B3c4D5e/",
      "https://facebook.com.evil.org/LevantNews/posts/123",
      "https://www.tiktok.com.evil.org/@a/video/1",
      "https://evil.org/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)//www.youtube.com/watch?v=dQw4w9WgXcQ",
      "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://example.org/",
    ]) {
      expect(recognizeEmbedUrl(url), url).toBeNull();
    }
  });
});

describe("embeds in a body", () => {
  it("refuses on save a paragraph that is only a provider's URL naming no post, keeping other links", () => {
    expect(malformedEmbedUrl("Intro.\n\nhttps://www.youtube.com/@channel\n\nMore.")).toBe(
      "https://www.youtube.com/@channel",
    );
    expect(malformedEmbedUrl("<https://x.com/AP>")).toBe("https://x.com/AP");
    expect(malformedEmbedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBeNull();
    expect(malformedEmbedUrl("See https://www.youtube.com/@channel for more.")).toBeNull();
    expect(malformedEmbedUrl("> https://www.youtube.com/@channel")).toBeNull();
    expect(malformedEmbedUrl("https://example.org/page")).toBeNull();
  });

  it("words the refusal by the body field", () => {
    const result = parseTranslationFields({
      slug: "a-story",
      headline: "A story",
      dek: "A summary",
      body: "First.\n\nhttps://x.com/AP\n",
    });
    expect(result).toEqual({ ok: false, errors: { body: "embedMalformed" } });
  });

  it("checks live entries the same way, and lets a live entry embed a post", () => {
    expect(parseEntryFields({ body: "https://www.tiktok.com/@levant.times" })).toEqual({
      ok: false,
      errors: { body: "embedMalformed" },
    });
    expect(
      parseEntryFields({ body: "https://www.tiktok.com/@levant.times/video/7312345678901234567" }).ok,
    ).toBe(true);
  });
});

describe("the frame origins a page's policy allows", () => {
  it("names exactly the providers whose facades the page holds, from the rendered attribute only", () => {
    const html =
      '<figure class="story-embed" data-embed-provider="youtube"></figure>' +
      '<figure data-embed-provider="x"></figure><figure data-embed-provider="youtube"></figure>' +
      '<p>data-embed-provider=&quot;tiktok&quot;</p><figure data-embed-provider="evil"></figure>' +
      '<script>self.__next_f.push([1,"{\\"data-embed-provider\\":\\"facebook\\"}"])</script>';
    expect(embedFrameOrigins(html)).toEqual([
      "https://www.youtube-nocookie.com",
      "https://platform.twitter.com",
    ]);
    expect(embedFrameOrigins("<p>No embeds</p>")).toEqual([]);
  });

  it("adds frame-src only when the page embeds something", () => {
    expect(withScriptHashes([], false)).not.toContain("frame-src");
    expect(withScriptHashes([], false, ["https://www.tiktok.com"])).toContain(
      "; frame-src https://www.tiktok.com;",
    );
  });
});
