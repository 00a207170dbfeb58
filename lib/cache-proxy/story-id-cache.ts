import type { Locale } from "next-intl";
import { invalidatedSince } from "@/lib/cache-proxy/invalidation-clock";
import { cacheTags } from "@/lib/stories/cache-tags";
import type { StoryIdLookup } from "@/lib/routes/route-keys";

// A story page's surrogate keys need its story's id, which its slug names.
// Looked up once per slug rather than on every request the proxy sends, so
// a warm instance answers without the database: an entry is used until a
// change to that slug is noted in the invalidation clock (publishing or
// renaming expires the slug's tag, on this instance or, through Redis, on
// another), and for at most five minutes, well inside what the clock
// remembers (lib/cache-proxy/invalidation-clock.ts).
const MAX_AGE_MS = 5 * 60_000;
// Bounded: a crawler asking for random slugs must not grow it without end.
const MAX_ENTRIES = 10_000;

export function cachedStoryIdLookup(lookup: StoryIdLookup, now: () => number = Date.now): StoryIdLookup {
  const entries = new Map<string, { storyId: number | null; at: number }>();
  return async (locale: Locale, slug: string) => {
    const key = `${locale}/${slug}`;
    const tags = [cacheTags.slug(locale, slug), cacheTags.redirects(locale)];
    const entry = entries.get(key);
    if (entry && now() - entry.at < MAX_AGE_MS && !invalidatedSince(tags, entry.at)) return entry.storyId;
    // Noted before the query: a change saved while it runs makes the answer old.
    const at = now();
    const storyId = await lookup(locale, slug);
    entries.delete(key);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { storyId, at });
    return storyId;
  };
}
