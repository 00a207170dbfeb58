"use client";

import { useEffect } from "react";

export interface Suggestion {
  headline: string;
  slug: string;
}

interface Props {
  id: string;
  locale: "en" | "ar";
  /** What the reader has typed, already cut to the search's length limit. */
  query: string;
  label: string;
  /** The combobox is expanded: the list is shown. */
  shown: boolean;
  active: number;
  suggestions: Suggestion[];
  onSuggestions: (suggestions: Suggestion[]) => void;
  onChoose: (index: number) => void;
}

/**
 * Headlines for what the reader is typing in a search field: asked of
 * /api/search/suggest after a short pause, the previous request cancelled,
 * listed as the combobox's listbox. Loaded (React.lazy) on the first keystroke.
 */
export default function SuggestionList(props: Props) {
  const { id, locale, query, label, shown, active, suggestions, onSuggestions, onChoose } = props;

  useEffect(() => {
    // Under two letters nothing is asked, and what an earlier query found is dropped.
    if (query.trim().length < 2) {
      onSuggestions([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ locale, q: query });
      try {
        const response = await fetch(`/api/search/suggest?${params}`, { signal: abort.signal });
        if (response.ok)
          onSuggestions(((await response.json()) as { suggestions: Suggestion[] }).suggestions);
      } catch {
        // A cancelled or failed request leaves the previous suggestions.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [locale, query, onSuggestions]);

  return shown ? (
    <ul className="search-suggestions" id={id} role="listbox" aria-label={label}>
      {suggestions.map((suggestion, index) => (
        <li
          key={suggestion.slug}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          // Keeps focus in the field, so the list is still there for the click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(index)}
        >
          <bdi>{suggestion.headline}</bdi>
        </li>
      ))}
    </ul>
  ) : null;
}
