"use client";

import { lazy, Suspense, useState, type KeyboardEvent } from "react";
import { storyPath } from "@/lib/urls/reader-paths";
import type { Suggestion } from "@/components/suggestion-list";

// The suggestions' code is fetched on the first keystroke, not with every
// reading page: their JavaScript budget is 5 KB over a bare Next page.
const SuggestionList = lazy(() => import("@/components/suggestion-list"));

interface Props {
  id: string;
  locale: "en" | "ar";
  maxLength: number;
  defaultValue?: string;
  text: { placeholder?: string; suggestions: string };
}

/**
 * A search field that suggests headlines as the reader types: the WAI-ARIA
 * combobox pattern (input role=combobox, a listbox of options, the active
 * one named by aria-activedescendant). Rendered on the server as a plain
 * input, so its form works without JavaScript. ArrowDown and ArrowUp move
 * through the suggestions, Enter opens the active one (or searches when none
 * is), Escape closes them, a click opens one.
 */
export function SearchSuggestions({ id, locale, maxLength, defaultValue, text }: Props) {
  const [query, setQuery] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-suggestions`;
  const expanded = open && query !== null && query.trim().length >= 2 && suggestions.length > 0;
  const choose = (index: number) => window.location.assign(storyPath(locale, suggestions[index]!.slug));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count > 0 && query !== null) {
      event.preventDefault();
      const down = event.key === "ArrowDown";
      setOpen(true);
      setActive((current) =>
        !expanded || current < 0 ? (down ? 0 : count - 1) : (current + (down ? 1 : count - 1)) % count,
      );
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <>
      <input
        id={id}
        // Text, not search: the HTML standard allows the combobox role on the former only.
        type="text"
        enterKeyHint="search"
        name="q"
        dir="auto"
        maxLength={maxLength}
        autoComplete="off"
        defaultValue={defaultValue}
        placeholder={text.placeholder}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        // Named only while the list exists: an id pointing at nothing is invalid HTML.
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          setQuery(event.currentTarget.value.slice(0, maxLength));
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {query === null ? null : (
        <Suspense fallback={null}>
          <SuggestionList
            id={listId}
            locale={locale}
            query={query}
            label={text.suggestions}
            shown={expanded}
            active={active}
            suggestions={suggestions}
            onSuggestions={setSuggestions}
            onChoose={choose}
          />
        </Suspense>
      )}
    </>
  );
}
