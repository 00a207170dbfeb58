"use client";

import { useEffect, useRef, useState } from "react";
import { storyPath } from "@/lib/paths";

interface Suggestion {
  headline: string;
  slug: string;
}

interface Props {
  locale: "en" | "ar";
  maxLength: number;
  text: { placeholder: string; suggestions: string };
}

/**
 * The header's search field. Rendered on the server as a plain input; once
 * hydrated it asks /api/search/suggest for headlines as the reader types
 * (after a short pause, the previous request cancelled) and lists them as
 * links under the field.
 */
export function SearchSuggestions({ locale, maxLength, text }: Props) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; abort?: AbortController }>({});

  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.abort?.abort();
    };
  }, []);

  function onInput(value: string) {
    clearTimeout(pending.current.timer);
    pending.current.abort?.abort();
    if (value.trim().length < 2) return setSuggestions([]);
    pending.current.timer = setTimeout(async () => {
      const abort = new AbortController();
      pending.current.abort = abort;
      const params = new URLSearchParams({ locale, q: value.slice(0, maxLength) });
      try {
        const response = await fetch(`/api/search/suggest?${params}`, { signal: abort.signal });
        if (response.ok)
          setSuggestions(((await response.json()) as { suggestions: Suggestion[] }).suggestions);
      } catch {
        // A cancelled or failed request leaves the previous suggestions.
      }
    }, 150);
  }

  return (
    <>
      <input
        id="site-search"
        type="search"
        name="q"
        dir="auto"
        maxLength={maxLength}
        autoComplete="off"
        placeholder={text.placeholder}
        onChange={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setSuggestions([]);
        }}
      />
      {suggestions.length > 0 ? (
        <ul className="search-suggestions" aria-label={text.suggestions}>
          {suggestions.map((suggestion) => (
            <li key={suggestion.slug}>
              <a href={storyPath(locale, suggestion.slug)}>
                <bdi>{suggestion.headline}</bdi>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
