"use client";

import { useEffect, useState } from "react";
import { storyPath } from "@/lib/urls/reader-paths";

interface Suggestion {
  headline: string;
  slug: string;
}

interface Props {
  locale: "en" | "ar";
  /** What the reader has typed, already cut to the search's length limit. */
  query: string;
  label: string;
}

/**
 * Headlines for what the reader is typing in the header's search field:
 * asked of /api/search/suggest after a short pause, the previous request
 * cancelled, listed as links. Loaded (React.lazy) on the first keystroke.
 */
export default function SuggestionList({ locale, query, label }: Props) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ locale, q: query });
      try {
        const response = await fetch(`/api/search/suggest?${params}`, { signal: abort.signal });
        if (response.ok)
          setSuggestions(((await response.json()) as { suggestions: Suggestion[] }).suggestions);
      } catch {
        // A cancelled or failed request leaves the previous suggestions.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [locale, query]);

  // Under two letters nothing is asked, and what an earlier query found is not shown.
  return query.trim().length >= 2 && suggestions.length > 0 ? (
    <ul className="search-suggestions" aria-label={label}>
      {suggestions.map((suggestion) => (
        <li key={suggestion.slug}>
          <a href={storyPath(locale, suggestion.slug)}>
            <bdi>{suggestion.headline}</bdi>
          </a>
        </li>
      ))}
    </ul>
  ) : null;
}
