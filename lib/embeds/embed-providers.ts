// The social and video services a story may embed, and the one origin each
// is framed from after a reader's click. The page's Content-Security-Policy
// names exactly these origins for the providers a page embeds
// (lib/http/content-security-policy.ts), so nothing else can be framed.

export const EMBED_PROVIDERS = ["youtube", "x", "instagram", "facebook", "tiktok"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export const EMBED_FRAME_ORIGINS: Record<EmbedProvider, string> = {
  // The privacy-enhanced player: no cookies until the video plays.
  youtube: "https://www.youtube-nocookie.com",
  x: "https://platform.twitter.com",
  instagram: "https://www.instagram.com",
  facebook: "https://www.facebook.com",
  tiktok: "https://www.tiktok.com",
};

/** Which provider owns a host name (exact names only: youtube.com.evil.org is nobody's). */
const HOSTS: Record<string, EmbedProvider> = {
  "youtube.com": "youtube",
  "www.youtube.com": "youtube",
  "m.youtube.com": "youtube",
  "youtu.be": "youtube",
  "youtube-nocookie.com": "youtube",
  "www.youtube-nocookie.com": "youtube",
  "x.com": "x",
  "www.x.com": "x",
  "twitter.com": "x",
  "www.twitter.com": "x",
  "mobile.twitter.com": "x",
  "instagram.com": "instagram",
  "www.instagram.com": "instagram",
  "facebook.com": "facebook",
  "www.facebook.com": "facebook",
  "m.facebook.com": "facebook",
  "web.facebook.com": "facebook",
  "tiktok.com": "tiktok",
  "www.tiktok.com": "tiktok",
  "m.tiktok.com": "tiktok",
};

export function providerOfHost(host: string): EmbedProvider | null {
  return Object.hasOwn(HOSTS, host) ? (HOSTS[host] ?? null) : null;
}

export function isEmbedProvider(value: string): value is EmbedProvider {
  return (EMBED_PROVIDERS as readonly string[]).includes(value);
}
