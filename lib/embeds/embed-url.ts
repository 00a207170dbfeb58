import { providerOfHost, type EmbedProvider } from "@/lib/embeds/embed-providers";

/** A post or video a story embeds: who serves it, where it lives, and the frame shown after a click. */
export interface Embed {
  provider: EmbedProvider;
  /** The post on the provider's own site, linked from the facade. */
  original: string;
  /** The provider's script-free embed page, framed only after the reader's click. */
  frameSrc: string;
}

/** A URL of a provider that names no post or video this site can embed. */
export type EmbedUrlResult = { ok: true; embed: Embed } | { ok: false; provider: EmbedProvider } | null;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^[0-9]{1,25}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,64}$/;
const FACEBOOK_NAME = /^[A-Za-z0-9.\-_]{1,80}$/;
const FACEBOOK_POST = /^(?:[0-9]{1,25}|pfbid[A-Za-z0-9]{10,80})$/;
const TIKTOK_USER = /^@[A-Za-z0-9._]{1,32}$/;

function youtube(url: URL, parts: string[]): Embed | null {
  const id =
    url.hostname === "youtu.be"
      ? parts.length === 1
        ? parts[0]
        : undefined
      : parts[0] === "watch" && parts.length === 1
        ? url.searchParams.get("v")
        : ["shorts", "embed", "live"].includes(parts[0] ?? "") && parts.length === 2
          ? parts[1]
          : undefined;
  if (!id || !YOUTUBE_ID.test(id)) return null;
  return {
    provider: "youtube",
    original: `https://www.youtube.com/watch?v=${id}`,
    frameSrc: `https://www.youtube-nocookie.com/embed/${id}`,
  };
}

function x(parts: string[]): Embed | null {
  // /user/status/123, optionally followed by /photo/1 or /video/1.
  const [user, status, id] = parts;
  if (!user || !X_USER.test(user) || status !== "status" || !id || !DIGITS.test(id)) return null;
  if (parts.length !== 3 && !(parts.length === 5 && ["photo", "video"].includes(parts[3] ?? ""))) return null;
  return {
    provider: "x",
    original: `https://x.com/${user}/status/${id}`,
    frameSrc: `https://platform.twitter.com/embed/Tweet.html?id=${id}`,
  };
}

function instagram(parts: string[]): Embed | null {
  const [kind, code] = parts;
  if (
    !kind ||
    !["p", "reel", "tv"].includes(kind) ||
    parts.length !== 2 ||
    !code ||
    !INSTAGRAM_CODE.test(code)
  )
    return null;
  const original = `https://www.instagram.com/${kind}/${code}/`;
  return { provider: "instagram", original, frameSrc: `${original}embed/` };
}

function facebook(url: URL, parts: string[]): Embed | null {
  const [first, kind, id] = parts;
  let original: string | null = null;
  let plugin = "post";
  if (parts.length === 3 && first && FACEBOOK_NAME.test(first) && id && FACEBOOK_POST.test(id)) {
    if (kind === "posts") original = `https://www.facebook.com/${first}/posts/${id}`;
    else if (kind === "videos" && DIGITS.test(id)) {
      original = `https://www.facebook.com/${first}/videos/${id}/`;
      plugin = "video";
    }
  } else if (first === "watch" && parts.length === 1 && DIGITS.test(url.searchParams.get("v") ?? "")) {
    original = `https://www.facebook.com/watch/?v=${url.searchParams.get("v")}`;
    plugin = "video";
  } else if (first === "reel" && parts.length === 2 && kind && DIGITS.test(kind)) {
    original = `https://www.facebook.com/reel/${kind}`;
    plugin = "video";
  }
  if (!original) return null;
  return {
    provider: "facebook",
    original,
    frameSrc: `https://www.facebook.com/plugins/${plugin}.php?href=${encodeURIComponent(original)}`,
  };
}

function tiktok(parts: string[]): Embed | null {
  const [user, video, id] = parts;
  if (parts.length !== 3 || !user || !TIKTOK_USER.test(user) || video !== "video" || !id || !DIGITS.test(id))
    return null;
  return {
    provider: "tiktok",
    original: `https://www.tiktok.com/${user}/video/${id}`,
    frameSrc: `https://www.tiktok.com/embed/v2/${id}`,
  };
}

/**
 * What a URL standing alone in a paragraph embeds: a post or video (`ok`),
 * a provider's URL that names none (`ok: false`, the editor is told), or
 * null for any other site, which stays a plain link. Hosts match exactly,
 * so a lookalike (youtube.com.evil.org, evil-youtube.com) is any other site;
 * the original and the frame are rebuilt from the parts recognised, so
 * nothing else of the typed URL reaches the page.
 */
export function recognizeEmbedUrl(text: string): EmbedUrlResult {
  if (!/^https?:\/\/\S+$/i.test(text) || text.length > 2_000) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const provider = providerOfHost(url.hostname);
  if (!provider) return null;
  const refused = { ok: false as const, provider };
  // A user name, password or port has no place in a link to a post.
  if (url.username || url.password || url.port) return refused;
  const parts = url.pathname.split("/").filter(Boolean);
  const embed =
    provider === "youtube"
      ? youtube(url, parts)
      : provider === "x"
        ? x(parts)
        : provider === "instagram"
          ? instagram(parts)
          : provider === "facebook"
            ? facebook(url, parts)
            : tiktok(parts);
  return embed ? { ok: true, embed } : refused;
}
