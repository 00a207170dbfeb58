import { EMBED_FRAME_ORIGINS, EMBED_PROVIDERS, isEmbedProvider } from "@/lib/embeds/embed-providers";

// Each embed facade carries data-embed-provider="…" (components/embeds/
// embed-facade.tsx). React escapes quotes in text and the RSC payload writes
// props as JSON (`\"data-embed-provider\":…`), so what a writer types never
// forms this attribute; and only the fixed provider names map to an origin.
const MARKER = /\sdata-embed-provider="([a-z]{1,20})"/g;

/**
 * The frame origins a page's embeds need, read from its HTML: the server
 * names exactly these in the page's frame-src (scripts/server/
 * inline-script-hashes.ts), so the policy travels with the very bytes it
 * describes through Next's cache and the caching proxy.
 */
export function embedFrameOrigins(html: string): string[] {
  const found = new Set<string>();
  for (const [, name] of html.matchAll(MARKER)) if (name && isEmbedProvider(name)) found.add(name);
  return EMBED_PROVIDERS.filter((provider) => found.has(provider)).map(
    (provider) => EMBED_FRAME_ORIGINS[provider],
  );
}
