"use client";

import { lazy, Suspense, useState } from "react";

// The suggestions' code is fetched on the first keystroke, not with every
// reading page: their JavaScript budget is 5 KB over a bare Next page.
const SuggestionList = lazy(() => import("@/components/suggestion-list"));

interface Props {
  locale: "en" | "ar";
  maxLength: number;
  text: { placeholder: string; suggestions: string };
}

/**
 * The header's search field. Rendered on the server as a plain input (the
 * form works without JavaScript); once the reader types, headlines are
 * suggested under it. Escape closes them.
 */
export function SearchSuggestions({ locale, maxLength, text }: Props) {
  const [query, setQuery] = useState<string | null>(null);
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
        onChange={(event) => setQuery(event.currentTarget.value.slice(0, maxLength))}
        onKeyDown={(event) => {
          if (event.key === "Escape") setQuery("");
        }}
      />
      {query === null ? null : (
        <Suspense fallback={null}>
          <SuggestionList locale={locale} query={query} label={text.suggestions} />
        </Suspense>
      )}
    </>
  );
}
